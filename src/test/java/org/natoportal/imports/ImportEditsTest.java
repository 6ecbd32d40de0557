package org.natoportal.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.natoportal.export.FormulaGuard;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An edited report imports exactly its edits: the preview lists them, the apply stores
 * them in one revision by the editor, texts come back as typed (formula-like, quotes,
 * commas, line breaks, Cyrillic), and a French file changes only French names.
 */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ImportEditsTest extends ImportTestSupport {

	private static final String EDITED_SOURCE = "https://example.org/import-test-edit";

	private static final String ODD_NAME = "=1+2, \"quoted\"\nЖовква";

	private Map<String, Object> kyrgyz;

	@BeforeEach
	void rememberKyrgyzNames() {
		this.kyrgyz = this.jdbc.queryForMap("select name_en, name_fr from country where iso3 = 'KGZ'");
	}

	@AfterEach
	void removeImportedRecords() {
		this.jdbc.update("delete from country where iso3 = 'ZZX'");
		this.jdbc.update("delete from timeline_event where source = 'https://example.org/import-test'");
		this.jdbc.update("update country set name_en = ?, name_fr = ? where iso3 = 'KGZ'", this.kyrgyz.get("name_en"),
				this.kyrgyz.get("name_fr"));
	}

	@Test
	void previewListsTheEditsAndApplyStoresThemInOneRevisionByTheEditor() {
		Table countries = read(export("/reports/partner-countries.csv"));
		List<String> kgz = countries.rowWhere("country_iso3", "KGZ");
		countries.set(kgz, "country_name", "Kyrgyz Republic (edited)");
		List<String> added = new ArrayList<>(kgz);
		countries.set(added, "country_iso3", "ZZX");
		countries.set(added, "slug", "import-test-land");
		countries.set(added, "country_name", FormulaGuard.neutralise(ODD_NAME));
		countries.set(added, "source", "https://example.org/import-test");
		countries.rows().add(added);

		String preview = preview(countries.bytes(), "en");
		assertThat(preview).contains(counts(1, 1, 53, 0))
			.contains("<del>" + this.kyrgyz.get("name_en") + "</del>")
			.contains("<ins>Kyrgyz Republic (edited)</ins>")
			.contains("<ins>import-test-land</ins>");

		assertThat(apply(preview)).hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/import")
			.flash()
			.containsEntry("success", "Imported: 1 created, 1 updated, 53 unchanged.");
		assertThat(this.jdbc.queryForMap("select name_en, name_fr from country where iso3 = 'KGZ'"))
			.containsEntry("name_en", "Kyrgyz Republic (edited)")
			.containsEntry("name_fr", this.kyrgyz.get("name_fr"));
		assertThat(this.jdbc.queryForObject("select name_en from country where iso3 = 'ZZX'", String.class))
			.isEqualTo(ODD_NAME);
		assertThat(newRevisions()).containsExactly("alice");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from country_aud where rev = (select max(id) from portal_revision)", Long.class))
			.isEqualTo(2);
		assertThat(this.mvc.get().uri("/admin/import/preview").session(this.session)).hasStatus3xxRedirection();
	}

	@ParameterizedTest
	@CsvSource({ "framework-memberships, membership", "programme-participations, participation",
			"operation-contributions, contribution" })
	void anEditedSourceIsStoredOnItsRecord(String report, String table) {
		Table involvements = read(export("/reports/" + report + ".csv?bom=true"));
		List<String> first = involvements.rows().get(0);
		String source = involvements.get(first, "source");
		involvements.set(first, "source", EDITED_SOURCE);
		try {
			String preview = preview(involvements.bytes(), "en");
			assertThat(preview).contains(counts(0, 1, involvements.rows().size() - 1, 0))
				.contains("<ins>" + EDITED_SOURCE + "</ins>");
			assertThat(apply(preview)).hasStatus3xxRedirection();
			assertThat(this.jdbc.queryForObject("select count(*) from " + table + " where source = ?", Long.class,
					EDITED_SOURCE))
				.isOne();
			assertThat(newRevisions()).containsExactly("alice");
		}
		finally {
			this.jdbc.update("update " + table + " set source = ? where source = ?", source, EDITED_SOURCE);
		}
	}

	@Test
	void twoNewCountriesOfTheFileCannotShareASlug() {
		Table countries = read(export("/reports/partner-countries.csv"));
		List<String> first = new ArrayList<>(countries.rowWhere("country_iso3", "KGZ"));
		countries.set(first, "country_iso3", "ZZX");
		countries.set(first, "slug", "import-test-land");
		List<String> second = new ArrayList<>(first);
		countries.set(second, "country_iso3", "ZZY");
		countries.rows().add(first);
		countries.rows().add(second);

		assertThat(preview(countries.bytes(), "en")).contains("row 57, column slug: Row 56 already gives this slug.");
	}

	@Test
	void aFrenchFileChangesOnlyFrenchNames() {
		Table countries = read(export("/reports/partner-countries.csv?lang=fr&bom=true"));
		countries.set(countries.rowWhere("country_iso3", "KGZ"), "country_name", "République kirghize (modifiée)");

		String preview = preview(countries.bytes(), "fr");
		assertThat(preview).contains(counts(0, 1, 53, 0));
		assertThat(apply(preview)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForMap("select name_en, name_fr from country where iso3 = 'KGZ'"))
			.containsEntry("name_en", this.kyrgyz.get("name_en"))
			.containsEntry("name_fr", "République kirghize (modifiée)");
	}

	@Test
	void aFrenchFileChangesTheFrenchNoteAndAnEnglishFileTheEnglishOne() {
		String where = "country_id = (select id from country where iso3 = 'KGZ') "
				+ "and framework_id = (select id from framework where code = 'NACC')";
		Map<String, Object> before = this.jdbc.queryForMap("select note, note_fr from membership where " + where);
		try {
			Table french = read(export("/reports/framework-memberships.csv?lang=fr"));
			french.set(naccOfKyrgyzRepublic(french), "note", "Remarque modifiée");
			String preview = preview(french.bytes(), "fr");
			assertThat(preview).contains(counts(0, 1, french.rows().size() - 1, 0));
			assertThat(apply(preview)).hasStatus3xxRedirection();
			assertThat(this.jdbc.queryForMap("select note, note_fr from membership where " + where))
				.containsEntry("note", before.get("note"))
				.containsEntry("note_fr", "Remarque modifiée");

			Table english = read(export("/reports/framework-memberships.csv"));
			english.set(naccOfKyrgyzRepublic(english), "note", "Edited note");
			assertThat(apply(preview(english.bytes(), "en"))).hasStatus3xxRedirection();
			assertThat(this.jdbc.queryForMap("select note, note_fr from membership where " + where))
				.containsEntry("note", "Edited note")
				.containsEntry("note_fr", "Remarque modifiée");
		}
		finally {
			this.jdbc.update("update membership set note = ?, note_fr = ? where " + where, before.get("note"),
					before.get("note_fr"));
		}
	}

	@Test
	void aFrenchFileLeavesAnEnglishNoteShownForAMissingFrenchOneAlone() {
		String where = "country_id = (select id from country where iso3 = 'KGZ') "
				+ "and framework_id = (select id from framework where code = 'NACC')";
		String noteFr = this.jdbc.queryForObject("select note_fr from membership where " + where, String.class);
		this.jdbc.update("update membership set note_fr = null where " + where);
		try {
			Table french = read(export("/reports/framework-memberships.csv?lang=fr"));
			assertThat(french.get(naccOfKyrgyzRepublic(french), "note"))
				.isEqualTo("Ended when NACC was replaced by the EAPC");
			assertThat(preview(french.bytes(), "fr")).contains(counts(0, 0, french.rows().size(), 0));
			assertThat(this.jdbc.queryForObject("select note_fr from membership where " + where, String.class))
				.isNull();
		}
		finally {
			this.jdbc.update("update membership set note_fr = ? where " + where, noteFr);
		}
	}

	private static List<String> naccOfKyrgyzRepublic(Table memberships) {
		return memberships.rows()
			.stream()
			.filter((row) -> memberships.get(row, "country_iso3").equals("KGZ")
					&& memberships.get(row, "framework_code").equals("NACC"))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void choosingTheFileLanguageLeavesTheStaffAreaInTheEditorsLanguage() {
		byte[] file = export("/reports/operation-contributions.csv?lang=fr");
		MvcTestResult upload = upload(file, "auto", "fr");
		assertThat(upload).hasStatus3xxRedirection();
		// A browser would keep a language cookie set by the upload for every later page.
		assertThat(upload.getResponse().getCookie("portal-lang")).as("a language cookie").isNull();
		assertThat(previewPage()).contains("lang=\"en\"").contains("Import preview");
	}

	@Test
	void aRowWithoutEventNumberCreatesAnEvent() {
		Table events = read(export("/reports/timeline-events.csv"));
		List<String> added = new ArrayList<>(events.rows().get(0));
		events.set(added, "event_id", "");
		events.set(added, "title", FormulaGuard.neutralise("+ Київ, \"test\""));
		events.set(added, "source", "https://example.org/import-test");
		events.rows().add(added);

		String preview = preview(events.bytes(), "en");
		assertThat(preview).contains(counts(1, 0, 455, 0));
		assertThat(apply(preview)).hasStatus3xxRedirection();
		assertThat(this.jdbc.queryForObject(
				"select title_en from timeline_event where source = 'https://example.org/import-test'", String.class))
			.isEqualTo("+ Київ, \"test\"");
		assertThat(newRevisions()).containsExactly("alice");
	}

	@Test
	void aFrenchFileCannotCreateARecordWithoutItsEnglishName() {
		Table countries = read(export("/reports/partner-countries.csv?lang=fr"));
		List<String> added = new ArrayList<>(countries.rowWhere("country_iso3", "KGZ"));
		countries.set(added, "country_iso3", "ZZX");
		countries.set(added, "slug", "import-test-land");
		countries.rows().add(added);

		String preview = new String(preview(countries.bytes(), "fr").getBytes(StandardCharsets.UTF_8),
				StandardCharsets.UTF_8);
		assertThat(preview).contains("row 56, column country_name: A new record needs its English text");
	}

}
