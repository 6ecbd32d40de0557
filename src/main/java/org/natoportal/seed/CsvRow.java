package org.natoportal.seed;

import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;
import org.natoportal.shared.PartialDate;

/**
 * One data row of a CSV file, read by column name with errors that say where they are.
 */
final class CsvRow {

	private final String file;

	private final CSVRecord record;

	CsvRow(String file, CSVRecord record) {
		this.file = file;
		this.record = record;
	}

	/** The row number as a spreadsheet shows it: the header is row 1. */
	long number() {
		return this.record.getRecordNumber() + 1;
	}

	String text(String column) {
		String value = optionalText(column);
		if (value == null) {
			throw error(column, "a value is required");
		}
		return value;
	}

	String optionalText(String column) {
		if (!this.record.isMapped(column)) {
			throw error(column, "the file has no such column");
		}
		String value = this.record.get(column);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** A column that older files may not have: absent reads as empty. */
	String optionalTextIfPresent(String column) {
		return this.record.isMapped(column) ? optionalText(column) : null;
	}

	Integer optionalInteger(String column) {
		return parse(column, Integer::valueOf, "a whole number");
	}

	PartialDate optionalDate(String column) {
		return parse(column, PartialDate::parse, "a date");
	}

	PartialDate date(String column) {
		PartialDate date = optionalDate(column);
		if (date == null) {
			throw error(column, "a date is required");
		}
		return date;
	}

	<T> T reference(String column, Function<String, T> lookup, String what) {
		String key = optionalText(column);
		if (key == null) {
			return null;
		}
		T found = lookup.apply(key);
		if (found == null) {
			throw error(column, "no " + what + " has the code '" + key + "'");
		}
		return found;
	}

	private <T> T parse(String column, Function<String, T> parser, String expected) {
		String value = optionalText(column);
		if (value == null) {
			return null;
		}
		try {
			return parser.apply(value);
		}
		catch (IllegalArgumentException ex) {
			throw error(column,
					"'" + value + "' is not " + expected
							+ ((ex.getMessage() != null && !(ex instanceof NumberFormatException))
									? " (" + ex.getMessage() + ")" : ""));
		}
	}

	CsvFormatException error(String column, String problem) {
		return new CsvFormatException(this.file, number(), column, problem);
	}

}
