package org.natoportal.timeline;

/**
 * What a timeline event records; labels live in the message bundles as
 * {@code EventKind.NAME}.
 */
public enum EventKind {

	JOINED_FRAMEWORK, PROGRAMME, OPERATION_CONTRIBUTION, AGREEMENT, MILESTONE;

	/**
	 * The lower-case form used in addresses and CSV files, e.g. {@code joined_framework}.
	 */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
