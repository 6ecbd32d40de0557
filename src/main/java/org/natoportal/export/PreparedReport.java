package org.natoportal.export;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report whose filters have been checked: its columns, the filters applied and the
 * query that streams its rows.
 */
public record PreparedReport(Report report, Locale locale, Map<String, String> filters, List<ReportColumn> columns,
		RowQuery<?> rows) {

	public String name() {
		return this.report.name();
	}

}
