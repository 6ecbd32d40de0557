package org.natoportal.shared;

/**
 * A SQL {@code LIKE} pattern that finds a text anywhere, with {@code \} as the escape
 * character: the reader's {@code %}, {@code _} and {@code \} match themselves instead of
 * acting as wildcards.
 */
public final class LikePattern {

	public static final char ESCAPE = '\\';

	private LikePattern() {
	}

	public static String containing(String text) {
		return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
