package org.natoportal.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file with problems is refused with every problem named by row and column, and nothing
 * is written; a stale preview is refused too.
 */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ImportErrorsTest extends ImportTestSupport {

	@Test
	void everyBadRowIsReportedByRowAndColumnAndNothingIsWritten() {
		Table memberships = read(export("/reports/framework-memberships.csv"));
		List<List<String>> rows = memberships.rows();
		memberships.set(rows.get(0), "end_date", "2021-13");
		memberships.set(rows.get(1), "end_date", "1000");
		memberships.set(rows.get(2), "source", "");
		List<String> unknownFramework = new ArrayList<>(rows.get(3));
		memberships.set(unknownFramework, "framework_code", "NOPE");
		List<String> duplicate = new ArrayList<>(rows.get(5));
		List<String> current = rows.stream()
			.skip(6)
			.filter((row) -> memberships.get(row, "end_date").isEmpty()
					&& memberships.get(row, "start_date").compareTo("2010") < 0)
			.findFirst()
			.orElseThrow();
		List<String> overlapping = new ArrayList<>(current);
		memberships.set(overlapping, "start_date", "2015");
		rows.add(unknownFramework);
		rows.add(duplicate);
		rows.add(overlapping);
		List<String> before = snapshot();

		String preview = preview(memberships.bytes(), "en");
		assertThat(preview).contains("row 2, column end_date: Not a date")
			.contains("row 3, column end_date: The end comes before the start.")
			.contains("row 4, column source: Required.")
			.contains("row 116, column framework_code: Nothing is known by the code “NOPE”.")
			.contains("row 117, column country_iso3: Same record as row 7.")
			.contains("row 118, column start_date: This country is already a member of this framework")
			.contains(">6 errors<")
			.doesNotContain("name=\"fingerprint\"");

		assertThat(applyWith("anything")).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/import/preview")
			.flash()
			.containsEntry("failure", "The file has errors: nothing was imported.");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(newRevisions()).isEmpty();
	}

	@Test
	void twoNewMembershipsOfTheFileMustNotOverlap() {
		Table memberships = read(export("/reports/framework-memberships.csv"));
		List<String> first = new ArrayList<>(memberships.rows().get(0));
		memberships.set(first, "start_date", "1850");
		memberships.set(first, "end_date", "1860");
		List<String> second = new ArrayList<>(first);
		memberships.set(second, "start_date", "1855");
		memberships.set(second, "end_date", "1858");
		memberships.rows().add(first);
		memberships.rows().add(second);

		assertThat(preview(memberships.bytes(), "en"))
			.contains("row 117, column start_date: This period overlaps the membership of row 116");
	}

	@Test
	void aPreviewIsRefusedWhenTheDataChangedSinceItWasShown() {
		Table countries = read(export("/reports/partner-countries.csv"));
		List<String> kgz = countries.rowWhere("country_iso3", "KGZ");
		String name = countries.get(kgz, "country_name");
		countries.set(kgz, "country_name", "Kyrgyz Republic (stale)");
		String preview = preview(countries.bytes(), "en");
		this.jdbc.update("update country set version = version + 1 where iso3 = 'KGZ'");
		try {
			assertThat(apply(preview)).hasStatus3xxRedirection()
				.hasRedirectedUrl("/admin/import/preview")
				.flash()
				.containsEntry("failure",
						"The data changed since the preview: nothing was imported. Check the new preview and apply again.");
			assertThat(this.jdbc.queryForObject("select name_en from country where iso3 = 'KGZ'", String.class))
				.isEqualTo(name);
		}
		finally {
			this.jdbc.update("update country set version = version - 1 where iso3 = 'KGZ'");
		}
	}

	@Test
	void aFileThatIsNotAReportIsRefusedWithAClearMessage() {
		assertRefused("".getBytes(StandardCharsets.UTF_8), "The file is empty.");
		assertRefused(new byte[] { 'a', ',', (byte) 0xC3, (byte) 0x28, '\n' }, "The file is not in UTF-8.");
		assertRefused("country_iso3,slug\n".getBytes(StandardCharsets.UTF_8), "is missing: the partner-countries");
		assertRefused("country_iso3,colour,slug,country_name,region,status,status_year,partner_since,source\nKGZ\n"
			.getBytes(StandardCharsets.UTF_8), "colour");
		assertRefused("a,\"b\n1,2".getBytes(StandardCharsets.UTF_8), "cannot be read as CSV");
		Table memberships = read(export("/reports/framework-memberships.csv"));
		memberships.header().set(memberships.index("source"), "sources");
		assertRefused(memberships.bytes(), "sources");
	}

	private void assertRefused(byte[] content, String message) {
		assertThat(upload(content, "auto", "en")).hasStatus(400).bodyText().contains(message);
	}

	@Test
	void theUploadPageExplainsTheImportInBothLanguages() {
		assertThat(this.mvc.get().uri("/admin/import")).hasStatusOk()
			.bodyText()
			.contains("Detect from the header row", "are ignored", "country_iso3");
		assertThat(this.mvc.get().uri("/admin/import?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Reconnaître d’après la ligne d’en-tête", "sont ignorées");
		assertThat(this.mvc.get().uri("/admin/import/preview?lang=en").session(this.session)).hasStatus3xxRedirection()
			.flash()
			.containsEntry("failure", "There is no file waiting to be imported: upload one.");
	}

	@Test
	void aFileOverTheLimitIsSentBackWithAMessageBeforeAnythingReadsIt() {
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		assertThat(this.mvc.post()
			.uri("/admin/import")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.content(tooLarge)
			.session(this.session)).hasStatus(303).hasRedirectedUrl("/admin/import?tooLarge=true");
		assertThat(this.mvc.get().uri("/admin/import?tooLarge=true")).hasStatusOk()
			.bodyText()
			.contains("The file is too large: at most 10 MB");
	}

	@Test
	@WithAnonymousUser
	void visitorsAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin/import")).hasStatus3xxRedirection().redirectedUrl().endsWith("/login");
		assertThat(upload("x".getBytes(StandardCharsets.UTF_8), "auto", "en")).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/login");
	}

}
