package org.natoportal.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The metadata files, the data set zip, the reports page and the download links. */
@PortalIntegrationTest
class ReportFilesTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JsonMapper json;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void metadataGivesTheFiltersRowCountAndColumnDictionary() {
		String query = "from=1994&to=2004&kind=agreement";
		int rows = Csv.parse(response("/reports/timeline-events.csv?" + query).getContentAsByteArray())
			.records()
			.size();
		MockHttpServletResponse response = response("/reports/timeline-events.json?" + query);
		assertThat(response.getContentType()).startsWith("application/json");
		JsonNode metadata = this.json.readTree(response.getContentAsByteArray());
		assertThat(metadata.get("report").asString()).isEqualTo("timeline-events");
		assertThat(metadata.get("row_count").asLong()).isEqualTo(rows).isPositive();
		assertThat(metadata.get("filters").get("from").asString()).isEqualTo("1994");
		assertThat(metadata.get("filters").get("to").asString()).isEqualTo("2004");
		assertThat(metadata.get("filters").get("kind").asString()).isEqualTo("agreement");
		assertThat(metadata.get("filters").has("lang")).isFalse();
		assertThat(metadata.get("exported_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
		assertThat(metadata.get("file").asString()).matches("timeline-events-\\d{4}-\\d{2}-\\d{2}\\.csv");
		JsonNode date = metadata.get("columns").get(1);
		assertThat(date.get("name").asString()).isEqualTo("date");
		assertThat(date.get("meaning").asString()).isEqualTo("Date of the event");
		assertThat(date.get("format").asString()).contains("ISO 8601");
		assertThat(metadata.get("citation").asString()).contains("Timeline events", "from=1994");
		assertThat(metadata.get("licence").asString()).isNotBlank();
	}

	@Test
	void metadataSpeaksTheChosenLanguage() {
		JsonNode metadata = this.json
			.readTree(response("/reports/country-framework-matrix.json?lang=fr").getContentAsByteArray());
		assertThat(metadata.get("language").asString()).isEqualTo("fr");
		assertThat(metadata.get("title").asString()).isEqualTo("Pays et cadres de partenariat");
		assertThat(metadata.get("columns").get(2).get("meaning").asString()).startsWith("Année où le pays a rejoint");
		assertThat(metadata.get("columns").get(3).get("name").asString()).endsWith("_source");
		assertThat(metadata.get("row_count").asLong()).isEqualTo(54);
	}

	@Test
	void datasetZipHoldsEveryReportWithItsMetadataAndAReadme() throws IOException {
		MockHttpServletResponse response = response("/reports/dataset.zip");
		assertThat(response.getContentType()).isEqualTo("application/zip");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"nato-partnership-portal-\\d{4}-\\d{2}-\\d{2}\\.zip\"");
		Map<String, byte[]> entries = unzip(response.getContentAsByteArray());
		assertThat(entries.keySet()).containsExactly("README.txt", "partner-countries.csv", "partner-countries.json",
				"framework-memberships.csv", "framework-memberships.json", "programme-participations.csv",
				"programme-participations.json", "timeline-events.csv", "timeline-events.json",
				"operation-contributions.csv", "operation-contributions.json", "country-framework-matrix.csv",
				"country-framework-matrix.json");
		for (String name : entries.keySet().stream().filter((n) -> n.endsWith(".csv")).toList()) {
			Csv csv = Csv.parse(entries.get(name));
			JsonNode metadata = this.json.readTree(entries.get(name.replace(".csv", ".json")));
			assertThat(metadata.get("row_count").asLong()).as(name).isEqualTo(csv.records().size());
			assertThat(metadata.get("columns")).as(name).hasSize(csv.header().size());
		}
		assertThat(Csv.parse(entries.get("timeline-events.csv")).records()).hasSize(455);
		assertThat(Csv.parse(entries.get("partner-countries.csv")).records()).hasSize(54);
		assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8)).contains("timeline-events.csv",
				"RFC 4180");
	}

	@Test
	void reportsPageDescribesEachReportItsFiltersAndColumnsInBothLanguages() {
		assertThat(this.mvc.get().uri("/reports")).hasStatusOk()
			.bodyText()
			.contains("Timeline events", "Countries and frameworks", "Contributions to operations")
			.contains("href=\"/reports/timeline-events.csv?lang=en\"")
			.contains("href=\"/reports/timeline-events.csv?lang=en&amp;bom=true\"")
			.contains("href=\"/reports/timeline-events.json?lang=en\"")
			.contains("/reports/timeline-events.csv?from=1994&amp;to=2004&amp;kind=agreement")
			.contains("href=\"/reports/dataset.zip?lang=en\"")
			.contains("peak_personnel", "Largest deployment the sources report")
			.contains("aria-current=\"page\"");
		assertThat(this.mvc.get().uri("/reports?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Rapports pour les analystes", "Événements de la chronologie", "Signification")
			.contains("href=\"/reports/timeline-events.csv?lang=fr\"");
	}

	@Test
	void filteredPagesLinkToTheirReportWithTheirCurrentFilters() {
		assertThat(this.mvc.get().uri("/countries?framework=pfp&region=central-asia&sort=name")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/partner-countries.csv?framework=pfp&amp;region=central-asia&amp;sort=name\"");
		assertThat(this.mvc.get().uri("/timeline?from=1994&to=2004&kind=agreement&country=&lang=fr")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/timeline-events.csv?from=1994&amp;to=2004&amp;kind=agreement&amp;lang=fr\"")
			.contains("Télécharger en CSV");
		assertThat(this.mvc.get().uri("/frameworks/pfp")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/framework-memberships.csv?framework=pfp\"");
		assertThat(this.mvc.get().uri("/countries/mongolia")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/timeline-events.csv?country=mongolia\"");
		assertThat(this.mvc.get().uri("/programmes/bi")).hasStatusOk()
			.bodyText()
			.contains("href=\"/reports/programme-participations.csv?programme=bi\"");
	}

	@Test
	void countriesReportIsOneQueryWhateverTheNumberOfCountries() {
		Statistics statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		statistics.clear();
		response("/reports/partner-countries.csv");
		long all = statistics.getPrepareStatementCount();
		statistics.clear();
		response("/reports/partner-countries.csv?q=mongolia");
		long one = statistics.getPrepareStatementCount();
		assertThat(all).isEqualTo(one).isLessThanOrEqualTo(2);
		statistics.clear();
		response("/reports/timeline-events.csv");
		assertThat(statistics.getPrepareStatementCount()).isLessThanOrEqualTo(2);
	}

	private MockHttpServletResponse response(String uri) {
		MockHttpServletResponse response = this.mvc.get().uri(uri).exchange().getResponse();
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return response;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream input = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = input.getNextEntry(); entry != null; entry = input.getNextEntry()) {
				entries.put(entry.getName(), input.readAllBytes());
			}
		}
		return entries;
	}

	/**
	 * The refusal of a metadata file is the portal's HTML page, and says so: labelled
	 * JSON, a browser shows its markup as text and a JSON client fails to parse it.
	 */
	@Test
	void aRefusedMetadataRequestIsAnHtmlPage() {
		assertThat(this.mvc.get().uri("/reports/timeline-events.json?from=abc")).hasStatus(400)
			.hasContentTypeCompatibleWith("text/html")
			.bodyText()
			.contains("“from”");
		assertThat(this.mvc.get().uri("/reports/nope.json")).hasStatus(400).hasContentTypeCompatibleWith("text/html");
	}

}
