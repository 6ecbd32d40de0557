package org.natoportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import org.natoportal.system.InvalidFilterException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * Prepares reports from request parameters and writes them: CSV, metadata JSON. Shared by
 * the report addresses and the data set zip.
 */
@Service
class ReportExport {

	private final ReportCatalogue catalogue;

	private final CsvReportWriter csv;

	private final ReportRows rows;

	private final ReportDescriptions descriptions;

	private final JsonMapper json;

	private final Clock clock = Clock.systemUTC();

	ReportExport(ReportCatalogue catalogue, CsvReportWriter csv, ReportRows rows, ReportDescriptions descriptions,
			JsonMapper json) {
		this.catalogue = catalogue;
		this.csv = csv;
		this.rows = rows;
		this.descriptions = descriptions;
		this.json = json;
	}

	/**
	 * @throws InvalidFilterException for an unknown report or a filter value it cannot
	 * use
	 */
	PreparedReport prepare(String name, MultiValueMap<String, String> query, Locale locale) {
		Report report = this.catalogue.find(name);
		return report.prepare(parameters(report, query), locale);
	}

	/**
	 * The parameters of a request for the report (null for the data set).
	 * @throws InvalidFilterException for a parameter it does not know
	 */
	static ReportParameters parameters(Report report, MultiValueMap<String, String> query) {
		return ReportParameters.of(query, (report != null) ? report.filters() : List.of());
	}

	Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	/** E.g. {@code timeline-events-2026-11-30.csv}. */
	static String fileName(Report report, Instant exported, String extension) {
		return report.name() + "-" + LocalDate.ofInstant(exported, ZoneOffset.UTC) + "." + extension;
	}

	long writeCsv(PreparedReport report, OutputStream output, boolean bom) throws IOException {
		return this.csv.write(report, output, bom);
	}

	/** The metadata file, counting the rows when they were not just written. */
	byte[] metadata(PreparedReport report, Instant exported, Long rowCount) {
		long count = (rowCount != null) ? rowCount : this.rows.count(report);
		Locale locale = report.locale();
		return this.json.writerWithDefaultPrettyPrinter()
			.writeValueAsBytes(new ReportMetadata(report.name(), this.descriptions.title(report.report(), locale),
					this.descriptions.description(report.report(), locale), fileName(report.report(), exported, "csv"),
					locale.getLanguage(), report.filters(), exported.toString(), count,
					this.descriptions.columns(report.columns(), locale)
						.stream()
						.map((column) -> new ReportMetadata.Column(column.name(), column.meaning(), column.format()))
						.toList(),
					this.descriptions.citation(report.report(), report.filters(),
							LocalDate.ofInstant(exported, ZoneOffset.UTC), locale),
					this.descriptions.message("report.licence", locale)));
	}

}
