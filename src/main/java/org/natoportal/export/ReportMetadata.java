package org.natoportal.export;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The metadata file of a report, kept out of the CSV file so that it stays a plain table:
 * what the report is, the filters applied, when it was exported, how many rows it has,
 * what each column means, how to cite it and on what terms.
 */
@JsonPropertyOrder({ "report", "title", "description", "file", "language", "filters", "exported_at", "row_count",
		"columns", "citation", "licence" })
record ReportMetadata(String report, String title, String description, String file, String language,
		Map<String, String> filters, @JsonProperty("exported_at") String exportedAt,
		@JsonProperty("row_count") long rowCount, List<Column> columns, String citation, String licence) {

	record Column(String name, String meaning, String format) {

	}

}
