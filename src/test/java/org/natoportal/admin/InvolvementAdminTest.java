package org.natoportal.admin;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.country.Country;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Memberships and participations, edited from the country page or their own lists. */
@PortalIntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class InvolvementAdminTest extends AdminTestSupport {

	Country country;

	@BeforeEach
	void setUp() {
		this.country = this.data.country("ZZA", "test-alpha", "Alphaland");
	}

	@Test
	void listsMembershipsFilteredByCountryFrameworkAndPeriod() {
		assertThat(this.mvc.get().uri("/admin/memberships?country=KGZ&framework=PFP")).hasStatusOk()
			.bodyText()
			.contains("One record", "<th scope=\"row\">Kyrgyz Republic</th>")
			.doesNotContain("<th scope=\"row\">Mongolia</th>");
		assertThat(this.mvc.get().uri("/admin/memberships?framework=NACC&period=current")).hasStatusOk()
			.bodyText()
			.contains("No records");
		assertThat(this.mvc.get().uri("/admin/memberships?q=mongol&sort=-start")).hasStatusOk()
			.bodyText()
			.contains("<th scope=\"row\">Mongolia</th>")
			.doesNotContain("<th scope=\"row\">Kyrgyz Republic</th>");
		assertThat(this.mvc.get().uri("/admin/memberships?framework=NOPE")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void addsAMembershipFromTheCountryPageAndReturnsThere() {
		String countryPage = "/admin/countries/" + this.country.getId();
		assertThat(this.mvc.get().uri(countryPage)).hasStatusOk()
			.bodyText()
			.contains("Records of this country", "/admin/memberships/new?country=ZZA");
		assertThat(this.mvc.get().uri("/admin/memberships/new?country=ZZA")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ZZA\" selected=\"selected\">", "value=\"" + countryPage + "\"");
		assertThat(membership("/admin/memberships/new", "returnTo", countryPage)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(countryPage);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.contains("Partnership for Peace");
		assertThat(this.mvc.get().uri("/frameworks/pfp")).hasStatusOk().bodyText().contains("Alphaland");
		assertThat(this.mvc.get().uri(countryPage)).hasStatusOk().bodyText().contains("Partnership for Peace");
	}

	@Test
	void refusesAMembershipThatOverlapsAnotherOfTheSameFramework() {
		assertThat(membership("/admin/memberships/new", "endDate", "2000")).hasStatus(HttpStatus.FOUND);
		long before = this.data.count("membership");
		// "2000" covers the whole year, so a start in May 2000 overlaps.
		assertThat(membership("/admin/memberships/new", "startDate", "2000-05")).hasStatusOk()
			.bodyText()
			.contains("already a member of this framework during this period", "value=\"2000-05\"");
		assertThat(membership("/admin/memberships/new", "startDate", "1990", "endDate", "")).hasStatusOk()
			.bodyText()
			.contains("already a member of this framework during this period");
		assertThat(this.data.count("membership")).isEqualTo(before);
		assertThat(membership("/admin/memberships/new", "startDate", "2001-01-14")).hasStatus(HttpStatus.FOUND);
		assertThat(membership("/admin/memberships/new", "framework", "EAPC", "startDate", "1997"))
			.hasStatus(HttpStatus.FOUND);
	}

	@Test
	void theDatabaseRefusesAnOverlapThatBypassesTheForm() {
		String insert = "insert into membership (id, country_id, framework_id, start_date, end_date, source) "
				+ "values (nextval('membership_seq'), ?, (select id from framework where code = 'PFP'), ?, ?, 'Test source')";
		this.jdbc.update(insert, this.country.getId(), "1994", "1999-06");
		assertThatThrownBy(() -> this.jdbc.update(insert, this.country.getId(), "1999-06-30", null))
			.isInstanceOf(DataIntegrityViolationException.class);
		this.jdbc.update(insert, this.country.getId(), "1999-07", null);
	}

	@Test
	void refusesBadDatesAndMissingSourcesKeepingTheTypedValues() {
		long before = this.data.count("membership");
		assertThat(membership("/admin/memberships/new", "startDate", "2021-13", "endDate", "1990", "source", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Not a date: type 1994, 2021-02 or 2021-01-14.", "Required.", "value=\"2021-13\"",
					"value=\"1990\"");
		assertThat(membership("/admin/memberships/new", "startDate", "2010", "endDate", "2009-12")).hasStatusOk()
			.bodyText()
			.contains("The end comes before the start.");
		assertThat(membership("/admin/memberships/new", "country", "XYZ")).hasStatusOk()
			.bodyText()
			.contains("Choose one of the listed values.");
		assertThat(this.data.count("membership")).isEqualTo(before);
	}

	@Test
	void editsAMembershipAndRefusesAStaleSecondEdit() {
		assertThat(membership("/admin/memberships/new")).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from membership where country_id = ?", Long.class,
				this.country.getId());
		String edit = "/admin/memberships/" + id;
		assertThat(this.mvc.get().uri(edit)).hasStatusOk()
			.bodyText()
			.contains("value=\"1994-05\"", "href=\"/countries/test-alpha\"");
		assertThat(membership(edit, "version", "0", "endDate", "2022")).hasStatus(HttpStatus.FOUND);
		assertThat(membership(edit, "version", "0", "noteEn", "Test note of a stale form"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Test note of a stale form", "2022");
		assertThat(this.jdbc.queryForObject("select end_date from membership where id = ?", String.class, id))
			.isEqualTo("2022");
		assertThat(this.jdbc.queryForObject("select note from membership where id = ?", String.class, id)).isNull();
	}

	@Test
	void editsAndDeletesAMembershipFromTheCountryPage() {
		String countryPage = "/admin/countries/" + this.country.getId();
		assertThat(membership("/admin/memberships/new")).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from membership where country_id = ?", Long.class,
				this.country.getId());
		assertThat(this.mvc.get().uri(countryPage)).hasStatusOk()
			.bodyText()
			.contains("/admin/memberships/" + id + "?returnTo=" + countryPage);
		assertThat(
				membership("/admin/memberships/" + id, "version", "0", "endDate", "2003-03", "returnTo", countryPage))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(countryPage);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk().bodyText().contains("March 2003");
		assertThat(
				this.mvc.post().uri("/admin/memberships/" + id + "/delete").param("returnTo", countryPage).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(countryPage);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.doesNotContain("Partnership for Peace");
	}

	@Test
	void addsEditsAndDeletesAParticipationShownOnTheProgrammePage() {
		assertThat(participation("/admin/participations/new")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/programmes/deep")).hasStatusOk().bodyText().contains("Alphaland");
		Long id = this.jdbc.queryForObject("select id from participation where country_id = ?", Long.class,
				this.country.getId());
		assertThat(participation("/admin/participations/" + id, "version", "0", "startDate", "2012"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(participation("/admin/participations/new", "programme", "")).hasStatusOk()
			.bodyText()
			.contains("Required.");
		assertThat(this.mvc.get().uri("/admin/participations/" + id + "/delete")).hasStatusOk()
			.bodyText()
			.contains("Nothing else refers to this record.");
		assertThat(this.mvc.post().uri("/admin/participations/" + id + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/participations");
		assertThat(this.mvc.get().uri("/programmes/deep")).hasStatusOk().bodyText().doesNotContain("Alphaland");
	}

	@Test
	void savesTheEnglishAndFrenchNotesAndShowsEachInItsLanguage() {
		assertThat(this.mvc.get().uri("/admin/memberships/new?country=ZZA")).hasStatusOk()
			.bodyText()
			.contains("Note (English)", "Note (French)", "name=\"noteEn\"", "name=\"noteFr\"");
		assertThat(membership("/admin/memberships/new", "noteEn", "Test note in English", "noteFr",
				"Note d’essai en français"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.contains("Test note in English")
			.doesNotContain("Note d’essai en français");
		assertThat(this.mvc.get().uri("/countries/test-alpha?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Note d’essai en français")
			.doesNotContain("Test note in English");
		Long id = this.jdbc.queryForObject("select id from membership where country_id = ?", Long.class,
				this.country.getId());
		assertThat(this.jdbc.queryForList("select note, note_fr from membership where id = ?", id))
			.containsExactly(Map.of("note", "Test note in English", "note_fr", "Note d’essai en français"));
		assertThat(this.mvc.get().uri("/admin/memberships/" + id)).hasStatusOk()
			.bodyText()
			.contains("name=\"noteEn\">Test note in English</textarea>",
					"name=\"noteFr\">Note d&rsquo;essai en fran&ccedil;ais</textarea>");
		assertThat(membership("/admin/memberships/" + id, "version", "0", "noteEn", "Test note in English", "noteFr",
				"Nouvelle note"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/memberships/" + id + "/history")).hasStatusOk()
			.bodyText()
			.contains("Note (French)", "Nouvelle note");
	}

	@Test
	void showsTheEnglishNoteToFrenchReadersWhenThereIsNoFrenchNote() {
		assertThat(participation("/admin/participations/new", "noteEn", "Test note only in English"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Test note only in English");
		assertThat(this.mvc.get().uri("/programmes/deep?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Test note only in English");
	}

	private MockMvcRequestBuilder membership(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri, Map.of("country", "ZZA", "framework", "PFP", "startDate", "1994-05",
				"endDate", "", "noteEn", "", "noteFr", "", "source", "Test source"), replaced);
	}

	private MockMvcRequestBuilder participation(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri, Map.of("country", "ZZA", "programme", "DEEP", "startDate", "2011",
				"endDate", "", "noteEn", "", "noteFr", "", "source", "Test source"), replaced);
	}

}
