package org.natoportal.account;

import java.util.List;
import java.util.Locale;

import org.natoportal.admin.ConflictRow;

import org.springframework.context.MessageSource;

/**
 * What a stale save of a staff account is shown beside: the values stored now next to the
 * ones the administrator typed, so that neither has to be remembered or reloaded. The
 * password is never part of it.
 */
final class AccountComparison {

	private AccountComparison() {
	}

	static List<ConflictRow> of(StaffAccount stored, StaffAccountForm mine, MessageSource messages, Locale locale) {
		return List.of(row("displayName", text(stored.getDisplayName()), text(mine.getDisplayName())),
				row("role", role(stored.getRole(), messages, locale), role(mine.getRole(), messages, locale)),
				row("enabled", yesNo(stored.isEnabled(), messages, locale), yesNo(mine.isEnabled(), messages, locale)));
	}

	private static ConflictRow row(String field, String stored, String mine) {
		return new ConflictRow(field, stored, mine, stored, mine);
	}

	private static String text(String value) {
		return (value != null) ? value.strip() : "";
	}

	private static String role(StaffRole role, MessageSource messages, Locale locale) {
		return (role != null) ? messages.getMessage("StaffRole." + role.name(), null, role.name(), locale) : "";
	}

	private static String yesNo(boolean value, MessageSource messages, Locale locale) {
		return messages.getMessage(value ? "history.value.yes" : "history.value.no", null, locale);
	}

}
