package org.natoportal.export;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The reports page and the files it offers. Filters are checked before the response
 * starts, so a bad one is a 400 page; the rows are then streamed from the database
 * straight into the response.
 */
@Controller
class ReportController {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ReportCatalogue catalogue;

	private final ReportExport export;

	private final DatasetZip dataset;

	private final ReportDescriptions descriptions;

	ReportController(ReportCatalogue catalogue, ReportExport export, DatasetZip dataset,
			ReportDescriptions descriptions) {
		this.catalogue = catalogue;
		this.export = export;
		this.dataset = dataset;
		this.descriptions = descriptions;
	}

	@GetMapping("/reports")
	String index(Locale locale, Model model) {
		model.addAttribute("reports",
				this.catalogue.all().stream().map((report) -> this.descriptions.summary(report, locale)).toList());
		return "reports/index";
	}

	@GetMapping("/reports/{report}.csv")
	ResponseEntity<StreamingResponseBody> csv(@PathVariable String report,
			@RequestParam MultiValueMap<String, String> query, Locale locale) {
		PreparedReport prepared = this.export.prepare(report, query, locale);
		boolean bom = ReportExport.parameters(prepared.report(), query).bom();
		Instant exported = this.export.now();
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					attachment(ReportExport.fileName(prepared.report(), exported, "csv")))
			.body((output) -> this.export.writeCsv(prepared, output, bom));
	}

	@GetMapping("/reports/{report}.json")
	ResponseEntity<byte[]> metadata(@PathVariable String report, @RequestParam MultiValueMap<String, String> query,
			Locale locale) {
		PreparedReport prepared = this.export.prepare(report, query, locale);
		Instant exported = this.export.now();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline()
						.filename(ReportExport.fileName(prepared.report(), exported, "json"))
						.build()
						.toString())
			.body(this.export.metadata(prepared, exported, null));
	}

	@GetMapping("/reports/dataset.zip")
	ResponseEntity<StreamingResponseBody> dataset(@RequestParam MultiValueMap<String, String> query, Locale locale) {
		boolean bom = ReportExport.parameters(null, query).bom();
		Instant exported = this.export.now();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(DatasetZip.fileName(exported)))
			.body((output) -> this.dataset.write(output, locale, bom, exported));
	}

	private static String attachment(String fileName) {
		return ContentDisposition.attachment().filename(fileName).build().toString();
	}

}
