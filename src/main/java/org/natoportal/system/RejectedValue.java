package org.natoportal.system;

/** A request parameter and the value of it that the portal could not use. */
public record RejectedValue(String parameter, String value) {

	private static final int MAX_SHOWN = 80;

	/** Long values are cut short: the page names the value, it need not repeat it all. */
	public static RejectedValue of(String parameter, Object value) {
		String text = (value != null) ? value.toString() : "";
		if (value instanceof String[] values) {
			text = String.join(",", values);
		}
		return new RejectedValue(parameter, (text.length() > MAX_SHOWN) ? text.substring(0, MAX_SHOWN) + "…" : text);
	}

}
