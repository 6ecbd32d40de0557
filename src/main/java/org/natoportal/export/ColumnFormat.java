package org.natoportal.export;

/**
 * How the values of a report column are written; described to readers in the column
 * dictionary as {@code report.format.NAME}.
 */
public enum ColumnFormat {

	/** Free text in the chosen language. */
	TEXT,
	/** A stable lower- or upper-case identifier: ISO code, slug, framework code. */
	CODE,
	/** Codes separated by semicolons. */
	CODE_LIST,
	/** ISO 8601 at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
	DATE,
	/** A four-digit year. */
	YEAR,
	/** A whole number. */
	INTEGER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** Web addresses or bundled documents, several separated by " | ". */
	SOURCES

}
