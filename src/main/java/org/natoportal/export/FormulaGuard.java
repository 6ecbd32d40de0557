package org.natoportal.export;

/**
 * Keeps a text cell from running as a formula when a spreadsheet opens the CSV file (CSV
 * injection): a text starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return gets a single quote in front. {@link #undo(String)} takes it off again,
 * so that importing an exported file gives back the original text.
 * <p>
 * For the round trip to hold for every text, a text that already starts with quotes
 * followed by such a character gets one more quote too: {@code '=x} is written
 * {@code ''=x}. A quote followed by anything else ({@code 's-Hertogenbosch}) is left as
 * it is. Numbers and dates are not text cells and never pass through here.
 */
public final class FormulaGuard {

	private static final char QUOTE = '\'';

	private FormulaGuard() {
	}

	/** The text as it is safe to write in a CSV cell. */
	public static String neutralise(String text) {
		return (text != null && startsLikeAFormula(text)) ? QUOTE + text : text;
	}

	/** The original text of a cell written by {@link #neutralise(String)}. */
	public static String undo(String cell) {
		return (cell != null && !cell.isEmpty() && cell.charAt(0) == QUOTE && startsLikeAFormula(cell))
				? cell.substring(1) : cell;
	}

	/** Whether the text, once any leading quotes are skipped, starts a formula. */
	private static boolean startsLikeAFormula(String text) {
		int first = 0;
		while (first < text.length() && text.charAt(first) == QUOTE) {
			first++;
		}
		if (first == text.length()) {
			return false;
		}
		return switch (text.charAt(first)) {
			case '=', '+', '-', '@', '\t', '\r' -> true;
			default -> false;
		};
	}

}
