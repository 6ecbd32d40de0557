package org.natoportal.shared;

import java.util.Locale;

/**
 * Picks the French text for French readers and falls back to English when it is missing.
 */
public final class Localized {

	private Localized() {
	}

	public static String pick(Locale locale, String english, String french) {
		boolean wantsFrench = locale != null && "fr".equals(locale.getLanguage());
		return (wantsFrench && french != null && !french.isBlank()) ? french : english;
	}

}
