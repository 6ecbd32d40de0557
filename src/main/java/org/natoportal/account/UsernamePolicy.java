package org.natoportal.account;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a username must be, after lower-casing: letters a–z, digits, dots, hyphens and
 * underscores, starting with a letter or digit, at most {@value #MAX_LENGTH} characters
 * (the same rule as the database's check constraint).
 */
final class UsernamePolicy {

	static final int MAX_LENGTH = 64;

	private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]*");

	private UsernamePolicy() {
	}

	static Optional<RuleViolation> check(String field, String username) {
		String normalized = StaffAccount.normalize(username);
		if (normalized == null || normalized.isEmpty()) {
			return Optional.of(new RuleViolation(field, "account.username.required"));
		}
		if (normalized.length() > MAX_LENGTH) {
			return Optional.of(new RuleViolation(field, "account.username.tooLong", MAX_LENGTH));
		}
		if (!ALLOWED.matcher(normalized).matches()) {
			return Optional.of(new RuleViolation(field, "account.username.pattern"));
		}
		return Optional.empty();
	}

}
