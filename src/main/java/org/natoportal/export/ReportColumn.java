package org.natoportal.export;

import java.util.List;

/**
 * A column of a report: its stable snake_case header, how its values are written, and the
 * bundle key (with arguments) of what it means.
 */
public record ReportColumn(String name, ColumnFormat format, String meaningKey, List<Object> meaningArguments) {

	/** A column whose meaning is {@code report.column.NAME}. */
	public static ReportColumn of(String name, ColumnFormat format) {
		return new ReportColumn(name, format, "report.column." + name, List.of());
	}

}
