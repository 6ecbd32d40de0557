package org.natoportal.admin;

/**
 * A choice of a select field: the value sent, and either a label already in the reader's
 * language or the message key of one.
 */
public record Option(String value, String label, String messageKey) {

	public static Option labelled(String value, String label) {
		return new Option(value, label, null);
	}

	public static Option keyed(String value, String messageKey) {
		return new Option(value, null, messageKey);
	}

}
