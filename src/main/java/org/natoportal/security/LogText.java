package org.natoportal.security;

/** Text typed by a visitor, made safe to put in a log line (no forged lines). */
final class LogText {

	private static final int MAX_LENGTH = 100;

	private LogText() {
	}

	static String of(String typed) {
		if (typed == null) {
			return "";
		}
		String clean = typed.replaceAll("\\p{Cntrl}", "?");
		return (clean.length() > MAX_LENGTH) ? clean.substring(0, MAX_LENGTH) + "…" : clean;
	}

}
