package org.natoportal.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.natoportal.admin.RecordType;

import static org.natoportal.imports.ImportColumn.constant;
import static org.natoportal.imports.ImportColumn.derived;
import static org.natoportal.imports.ImportColumn.localized;
import static org.natoportal.imports.ImportColumn.of;

/**
 * The reports a file can be imported from, each with its columns (exactly those of the
 * export, in its order) and the natural key that finds the record a row describes.
 */
public enum ImportKind {

	COUNTRIES("partner-countries", RecordType.COUNTRY,
			List.of(of("country_iso3", "iso3"), of("slug", "slug"), localized("country_name", "nameEn", "nameFr"),
					of("region", "region"), constant("status", "status"), of("status_year", "statusYear"),
					of("partner_since", "partnerSince"), derived("frameworks"), derived("current_frameworks"),
					derived("programmes"), derived("current_programmes"), of("source", "source")),
			List.of("country_iso3")),

	MEMBERSHIPS("framework-memberships", RecordType.MEMBERSHIP, involvement("framework"),
			List.of("country_iso3", "framework_code", "start_date")),

	PARTICIPATIONS("programme-participations", RecordType.PARTICIPATION, involvement("programme"),
			List.of("country_iso3", "programme_code", "start_date")),

	EVENTS("timeline-events", RecordType.EVENT,
			List.of(derived("event_id"), of("date", "date"), constant("kind", "kind"), of("country_iso3", "country"),
					derived("country_name"), localized("title", "titleEn", "titleFr"),
					localized("description", "descriptionEn", "descriptionFr"), of("framework_code", "framework"),
					of("programme_code", "programme"), of("source", "source")),
			List.of("event_id")),

	CONTRIBUTIONS("operation-contributions", RecordType.CONTRIBUTION,
			List.of(of("country_iso3", "country"), derived("country_name"),
					localized("operation", "operationEn", "operationFr"), of("start_date", "startDate"),
					of("end_date", "endDate"), of("peak_personnel", "peakPersonnel"), of("source", "source")),
			List.of("country_iso3", "operation", "start_date"));

	private final String report;

	private final RecordType type;

	private final List<ImportColumn> columns;

	private final List<String> key;

	ImportKind(String report, RecordType type, List<ImportColumn> columns, List<String> key) {
		this.report = report;
		this.type = type;
		this.columns = columns;
		this.key = key;
	}

	private static List<ImportColumn> involvement(String entry) {
		return List.of(of("country_iso3", "country"), derived("country_name"), of(entry + "_code", entry),
				derived(entry + "_name"), of("start_date", "startDate"), of("end_date", "endDate"), derived("current"),
				localized("note", "noteEn", "noteFr"), of("source", "source"));
	}

	/** The report's name, as in {@code /reports/{name}.csv}. */
	public String getReport() {
		return this.report;
	}

	RecordType type() {
		return this.type;
	}

	List<ImportColumn> columns() {
		return this.columns;
	}

	/** The columns whose values together name one record. */
	List<String> key() {
		return this.key;
	}

	Optional<ImportColumn> column(String name) {
		return this.columns.stream().filter((column) -> column.name().equals(name)).findFirst();
	}

	static Optional<ImportKind> fromReport(String report) {
		return Arrays.stream(values()).filter((kind) -> kind.report.equals(report)).findFirst();
	}

}
