package org.natoportal.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * The whole data set as one zip: every report unfiltered as CSV with its metadata file,
 * and a README.txt that says what each file is, how to cite it and on what terms.
 */
@Component
class DatasetZip {

	private final ReportCatalogue catalogue;

	private final ReportExport export;

	private final ReportDescriptions descriptions;

	DatasetZip(ReportCatalogue catalogue, ReportExport export, ReportDescriptions descriptions) {
		this.catalogue = catalogue;
		this.export = export;
		this.descriptions = descriptions;
	}

	static String fileName(Instant exported) {
		return "nato-partnership-portal-" + LocalDate.ofInstant(exported, ZoneOffset.UTC) + ".zip";
	}

	void write(OutputStream output, Locale locale, boolean bom, Instant exported) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(output, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry("README.txt"));
		zip.write(readme(locale, exported).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		for (Report report : this.catalogue.all()) {
			PreparedReport prepared = report.prepare(ReportParameters.none(), locale);
			zip.putNextEntry(new ZipEntry(report.name() + ".csv"));
			long rows = this.export.writeCsv(prepared, zip, bom);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(report.name() + ".json"));
			zip.write(this.export.metadata(prepared, exported, rows));
			zip.closeEntry();
		}
		zip.finish();
	}

	private String readme(Locale locale, Instant exported) {
		StringBuilder text = new StringBuilder();
		text.append(this.descriptions.message("site.name", locale)).append("\r\n\r\n");
		text.append(this.descriptions.message("report.readme.intro", locale)).append("\r\n");
		text.append(this.descriptions.message("report.readme.exported", locale))
			.append(' ')
			.append(exported)
			.append("\r\n\r\n");
		for (Report report : this.catalogue.all()) {
			text.append(report.name())
				.append(".csv, ")
				.append(report.name())
				.append(".json\r\n  ")
				.append(this.descriptions.readmeEntry(report, locale))
				.append("\r\n\r\n");
		}
		text.append(this.descriptions.message("report.readme.format", locale)).append("\r\n\r\n");
		text.append(this.descriptions.message("report.licence", locale)).append("\r\n");
		return text.toString();
	}

}
