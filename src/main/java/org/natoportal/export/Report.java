package org.natoportal.export;

import java.util.List;
import java.util.Locale;

import org.natoportal.system.InvalidFilterException;

/**
 * One of the CSV reports of {@code /reports}: a name used in its address and file name,
 * the filters it accepts, and the query it runs for them.
 */
public interface Report {

	/** The name in the address and the file name, e.g. {@code timeline-events}. */
	String name();

	/** The filter parameters it accepts, those of the matching public page. */
	List<String> filters();

	/**
	 * An example query of filters, for the reports page, e.g. {@code from=1994&to=2004}.
	 */
	String example();

	/**
	 * The columns it writes when no filter is given, for the column dictionary.
	 */
	default List<ReportColumn> columns() {
		return prepare(ReportParameters.none(), Locale.ENGLISH).columns();
	}

	/**
	 * Checks the filter values and builds the query, before any byte is written: a bad
	 * value is a 400, never an empty file.
	 * @throws InvalidFilterException naming the first parameter whose value is not valid
	 */
	PreparedReport prepare(ReportParameters parameters, Locale locale);

}
