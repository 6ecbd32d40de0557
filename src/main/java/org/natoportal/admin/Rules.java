package org.natoportal.admin;

import java.time.LocalDate;
import java.time.YearMonth;

import org.natoportal.shared.PartialDate;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.validation.Errors;

/** Domain checks shared by the admin areas, reported as field errors. */
public final class Rules {

	private Rules() {
	}

	/**
	 * Reads a date typed as "1994", "2021-02" or "2021-01-14"; anything else is a field
	 * error and null.
	 */
	public static PartialDate date(String text, String field, Errors errors) {
		try {
			return PartialDate.parseOrNull(text);
		}
		catch (IllegalArgumentException ex) {
			errors.rejectValue(field, "admin.error.date");
			return null;
		}
	}

	/** An end that comes before its start is refused on the end field. */
	public static void endNotBeforeStart(PartialDate start, PartialDate end, String endField, Errors errors) {
		if (start != null && end != null && end.compareTo(start) < 0) {
			errors.rejectValue(endField, "admin.error.endBeforeStart");
		}
	}

	/**
	 * Whether two periods share a day: a date covers all of its year or month, and an
	 * open end lasts until today and beyond.
	 */
	public static boolean overlap(PartialDate start, PartialDate end, PartialDate otherStart, PartialDate otherEnd) {
		return !firstDay(start).isAfter(lastDay(otherEnd)) && !firstDay(otherStart).isAfter(lastDay(end));
	}

	static LocalDate firstDay(PartialDate date) {
		return switch (date.precision()) {
			case YEAR -> LocalDate.of(date.year(), 1, 1);
			case MONTH -> YearMonth.parse(date.iso()).atDay(1);
			case DAY -> LocalDate.parse(date.iso());
		};
	}

	static LocalDate lastDay(PartialDate date) {
		if (date == null) {
			return LocalDate.MAX;
		}
		return switch (date.precision()) {
			case YEAR -> LocalDate.of(date.year(), 12, 31);
			case MONTH -> YearMonth.parse(date.iso()).atEndOfMonth();
			case DAY -> LocalDate.parse(date.iso());
		};
	}

	/** Records other than the one being edited whose attribute has the value. */
	public static <T> Specification<T> sameValueElsewhere(String attribute, Object value, Long id) {
		return (root, query, cb) -> (id != null)
				? cb.and(cb.equal(root.get(attribute), value), cb.notEqual(root.get("id"), id))
				: cb.equal(root.get(attribute), value);
	}

}
