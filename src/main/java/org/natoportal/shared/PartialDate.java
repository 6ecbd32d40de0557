package org.natoportal.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day: "1994", "2021-02", "2021-01-14". Sources
 * often give no more than a year, and padding that to 1 January would invent a fact, so
 * the precision travels with the value. The ISO text form sorts chronologically as a
 * plain string (a year sorts before the months inside it), which is how it is stored.
 */
public final class PartialDate implements Comparable<PartialDate> {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

	private final int year;

	private final Integer month;

	private final Integer day;

	private PartialDate(int year, Integer month, Integer day) {
		this.year = year;
		this.month = month;
		this.day = day;
	}

	public static PartialDate ofYear(int year) {
		return new PartialDate(checkYear(year), null, null);
	}

	/**
	 * Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD".
	 * @throws IllegalArgumentException with a message fit for a user when the text is not
	 * such a date or names a day that does not exist
	 */
	public static PartialDate parse(String text) {
		String value = (text != null) ? text.strip() : "";
		Matcher matcher = FORMAT.matcher(value);
		if (!matcher.matches()) {
			throw new IllegalArgumentException(
					"'" + value + "' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 1994, 2021-02, 2021-01-14)");
		}
		int year = Integer.parseInt(matcher.group(1));
		Integer month = (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null;
		Integer day = (matcher.group(3) != null) ? Integer.valueOf(matcher.group(3)) : null;
		try {
			checkYear(year);
			if (day != null) {
				LocalDate.of(year, month, day);
			}
			else if (month != null) {
				YearMonth.of(year, month);
			}
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("'" + value + "' is not a real calendar date", ex);
		}
		return new PartialDate(year, month, day);
	}

	/** Parses the text, or returns null when it is null or blank. */
	public static PartialDate parseOrNull(String text) {
		return (text == null || text.isBlank()) ? null : parse(text);
	}

	private static int checkYear(int year) {
		if (year < 1000 || year > 9999) {
			throw new IllegalArgumentException("year " + year + " is out of range");
		}
		return year;
	}

	public int year() {
		return this.year;
	}

	public Precision precision() {
		return (this.day != null) ? Precision.DAY : (this.month != null) ? Precision.MONTH : Precision.YEAR;
	}

	/**
	 * The ISO 8601 form at this date's own precision, also usable in
	 * {@code <time datetime>}.
	 */
	public String iso() {
		return switch (precision()) {
			case YEAR -> "%04d".formatted(this.year);
			case MONTH -> "%04d-%02d".formatted(this.year, this.month);
			case DAY -> "%04d-%02d-%02d".formatted(this.year, this.month, this.day);
		};
	}

	/**
	 * Human form at the date's own precision: "1994", "February 2021", "14 janvier 2021".
	 */
	public String format(Locale locale) {
		return switch (precision()) {
			case YEAR -> Integer.toString(this.year);
			case MONTH -> YearMonth.of(this.year, this.month).format(DateTimeFormatter.ofPattern("MMMM uuuu", locale));
			case DAY -> LocalDate.of(this.year, this.month, this.day)
				.format(DateTimeFormatter.ofPattern(firstOfMonthInFrench(locale) ? "'1er' MMMM uuuu" : "d MMMM uuuu",
						locale));
		};
	}

	/** French writes the first day of a month as an ordinal: "1er juin 1994". */
	private boolean firstOfMonthInFrench(Locale locale) {
		return this.day == 1 && "fr".equals(locale.getLanguage());
	}

	@Override
	public int compareTo(PartialDate other) {
		return iso().compareTo(other.iso());
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof PartialDate other) && iso().equals(other.iso());
	}

	@Override
	public int hashCode() {
		return iso().hashCode();
	}

	@Override
	public String toString() {
		return iso();
	}

	public enum Precision {

		YEAR, MONTH, DAY

	}

}
