package org.natoportal.admin;

import java.util.Arrays;
import java.util.Optional;

import org.natoportal.account.StaffAccount;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.framework.Membership;
import org.natoportal.operation.Contribution;
import org.natoportal.programme.Participation;
import org.natoportal.programme.Programme;
import org.natoportal.shared.BaseEntity;
import org.natoportal.timeline.TimelineEvent;

/**
 * Every kind of record staff edit, with the path segment of its admin pages
 * ({@code /admin/{key}/…}) and its message key ({@code admin.area.{key}}). Admin lists,
 * history and recent changes all name record kinds through this one list.
 */
public enum RecordType {

	COUNTRY("countries", Country.class), FRAMEWORK("frameworks", Framework.class),
	PROGRAMME("programmes", Programme.class), MEMBERSHIP("memberships", Membership.class),
	PARTICIPATION("participations", Participation.class), EVENT("events", TimelineEvent.class),
	CONTRIBUTION("contributions", Contribution.class), STAFF_ACCOUNT("users", StaffAccount.class);

	private final String key;

	private final Class<? extends BaseEntity> entityType;

	RecordType(String key, Class<? extends BaseEntity> entityType) {
		this.key = key;
		this.entityType = entityType;
	}

	public String getKey() {
		return this.key;
	}

	public Class<? extends BaseEntity> getEntityType() {
		return this.entityType;
	}

	/** Only administrators see and edit staff accounts. */
	public boolean isContent() {
		return this != STAFF_ACCOUNT;
	}

	public static Optional<RecordType> fromKey(String key) {
		return Arrays.stream(values()).filter((type) -> type.key.equals(key)).findFirst();
	}

	public static Optional<RecordType> of(Class<?> entityType) {
		return Arrays.stream(values()).filter((type) -> type.entityType.equals(entityType)).findFirst();
	}

}
