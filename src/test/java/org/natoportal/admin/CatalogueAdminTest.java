package org.natoportal.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Frameworks and programmes in the staff area. */
@PortalIntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class CatalogueAdminTest extends AdminTestSupport {

	@Test
	void listsAndSearchesFrameworksAndProgrammes() {
		assertThat(this.mvc.get().uri("/admin/frameworks?sort=-year")).hasStatusOk()
			.bodyText()
			.contains("11 records", "Partnership for Peace");
		assertThat(this.mvc.get().uri("/admin/programmes?q=integrity")).hasStatusOk()
			.bodyText()
			.contains("One record", "Building Integrity");
	}

	@Test
	void createsAndEditsAFrameworkShownOnItsPublicPage() {
		assertThat(framework("/admin/frameworks/new", "code", "zzf")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/frameworks/zzf")).hasStatusOk().bodyText().contains("Test Framework");
		Long id = this.jdbc.queryForObject("select id from framework where code = 'ZZF'", Long.class);
		assertThat(framework("/admin/frameworks/" + id, "nameEn", "Test Framework Renamed", "version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/frameworks/zzf")).hasStatusOk().bodyText().contains("Test Framework Renamed");
		assertThat(framework("/admin/frameworks/" + id, "nameEn", "Test Framework Stale", "version", "0"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Test Framework Renamed", "Test Framework Stale");
	}

	@Test
	void refusesATakenOrMalformedCodeKeepingTheTypedValues() {
		long before = this.data.count("framework");
		assertThat(framework("/admin/frameworks/new", "code", "PFP", "nameFr", "Cadre saisi")).hasStatusOk()
			.bodyText()
			.contains("Already used by another record.", "value=\"Cadre saisi\"");
		assertThat(framework("/admin/frameworks/new", "code", "1-ZZ", "establishedYear", "1850")).hasStatusOk()
			.bodyText()
			.contains("Capital letters, digits and hyphens", "A year between 1900 and 2100.", "value=\"1850\"");
		assertThat(this.data.count("framework")).isEqualTo(before);
	}

	@Test
	void createsAProgrammeShownOnItsPublicPageWithItsNameEscaped() {
		assertThat(AdminForms.post(this.mvc, "/admin/programmes/new", Map.of("code", "ZZP", "nameEn",
				"<script>alert(1)</script>", "launchedYear", "2020", "source", "Test source")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/programmes/zzp")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.mvc.get().uri("/admin/programmes?q=ZZP")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void editsAndDeletesAnUnusedProgramme() {
		Map<String, String> programme = Map.of("code", "ZZP", "nameEn", "Test Programme", "source", "Test source");
		assertThat(AdminForms.post(this.mvc, "/admin/programmes/new", programme)).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from programme where code = 'ZZP'", Long.class);
		assertThat(AdminForms.post(this.mvc, "/admin/programmes/" + id, programme, "nameFr", "Programme d’essai",
				"version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/programmes/zzp?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Programme d’essai");
		assertThat(this.mvc.get().uri("/admin/programmes/" + id + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Nothing else refers to this record.");
		assertThat(this.mvc.post().uri("/admin/programmes/" + id + "/delete").with(csrf())).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/programmes");
		assertThat(this.mvc.get().uri("/programmes/zzp")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void deletesAFrameworkInUseOnlyWithTheConfirmedCascadeKeepingItsEventsUnlinked() {
		this.data.country("ZZA", "test-alpha", "Alphaland");
		assertThat(framework("/admin/frameworks/new", "code", "ZZF")).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from framework where code = 'ZZF'", Long.class);
		assertThat(AdminForms.post(this.mvc, "/admin/memberships/new",
				Map.of("country", "ZZA", "framework", "ZZF", "startDate", "2001", "source", "Test source")))
			.hasStatus(HttpStatus.FOUND);
		assertThat(AdminForms.post(this.mvc, "/admin/events/new", Map.of("country", "ZZA", "kind", "MILESTONE",
				"titleEn", "Test event linked to ZZF", "framework", "ZZF", "source", "Test source")))
			.hasStatus(HttpStatus.FOUND);
		String delete = "/admin/frameworks/" + id + "/delete";
		assertThat(this.mvc.get().uri(delete)).hasStatusOk()
			.bodyText()
			.contains("Memberships (1)", "Alphaland 2001", "Test event linked to ZZF");
		assertThat(this.mvc.post().uri(delete).with(csrf())).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Not deleted");
		assertThat(this.data.count("framework")).isEqualTo(12);
		assertThat(this.mvc.post().uri(delete).with(csrf()).param("cascade", "true")).hasStatus(HttpStatus.FOUND);
		assertThat(this.data.count("framework")).isEqualTo(11);
		assertThat(this.jdbc.queryForObject(
				"select framework_id is null from timeline_event where title_en = 'Test event linked to ZZF'",
				Boolean.class))
			.isTrue();
		assertThat(this.mvc.get().uri("/frameworks/zzf")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MockMvcRequestBuilder framework(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri, Map.of("code", "ZZF", "nameEn", "Test Framework", "nameFr",
				"Cadre de test", "establishedYear", "2020", "source", "Test source"), replaced);
	}

}
