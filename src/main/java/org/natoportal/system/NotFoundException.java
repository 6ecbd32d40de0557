package org.natoportal.system;

/** A page address names a record that does not exist; shown as a 404 page. */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	public NotFoundException(String kind, String key) {
		super(kind + " '" + key + "' not found");
		this.kind = kind;
		this.key = key;
	}

	/** What was looked for, e.g. {@code country}; used to pick the message. */
	public String getKind() {
		return this.kind;
	}

	public String getKey() {
		return this.key;
	}

}
