package org.natoportal.admin;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.country.Country;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Timeline events and operation contributions, edited from their lists or a country page.
 */
@PortalIntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class EventAndContributionAdminTest extends AdminTestSupport {

	Country country;

	@BeforeEach
	void setUp() {
		this.country = this.data.country("ZZA", "test-alpha", "Alphaland");
	}

	@Test
	void listsEventsFilteredByCountryAndKind() {
		assertThat(this.mvc.get().uri("/admin/events")).hasStatusOk().bodyText().contains("455 records");
		assertThat(this.mvc.get().uri("/admin/events?country=KGZ&kind=joined_framework&sort=date")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic")
			.doesNotContain("<td>Mongolia</td>");
		assertThat(this.mvc.get().uri("/admin/events?kind=party")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void addsAnEventFromTheCountryPageThatShowsOnTheTimelineAndTheProfile() {
		String countryPage = "/admin/countries/" + this.country.getId();
		assertThat(this.mvc.get().uri("/admin/events/new?country=ZZA")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"ZZA\" selected=\"selected\">");
		assertThat(event("/admin/events/new", "returnTo", countryPage)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo(countryPage);
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk().bodyText().contains("Test milestone of Alphaland");
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.contains("Test milestone of Alphaland", "February 2021");
	}

	@Test
	void addsAnAllianceEventWithoutCountryAndEditsIt() {
		assertThat(event("/admin/events/new", "country", "", "titleEn", "Test Alliance summit", "framework", "PFP"))
			.hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from timeline_event where title_en = 'Test Alliance summit'",
				Long.class);
		assertThat(this.mvc.get().uri("/frameworks/pfp")).hasStatusOk().bodyText().contains("Test Alliance summit");
		assertThat(
				event("/admin/events/" + id, "country", "", "titleEn", "Test Alliance summit renamed", "version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk().bodyText().contains("Test Alliance summit renamed");
		assertThat(event("/admin/events/" + id, "country", "", "titleEn", "Test stale title", "version", "0"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Test Alliance summit renamed", "Test stale title");
	}

	@Test
	void deletesAnEventSoTheTimelineNoLongerShowsIt() {
		assertThat(event("/admin/events/new", "titleEn", "Test event to delete")).hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from timeline_event where title_en = 'Test event to delete'",
				Long.class);
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk().bodyText().contains("Test event to delete");
		assertThat(this.mvc.post().uri("/admin/events/" + id + "/delete").with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk().bodyText().doesNotContain("Test event to delete");
	}

	@Test
	void refusesAnInvalidEventKeepingTheTypedValues() {
		long before = this.data.count("timeline_event");
		assertThat(event("/admin/events/new", "date", "2021-02-30", "titleEn", "", "titleFr", "Test titre saisi",
				"source", "", "framework", "NOPE"))
			.hasStatusOk()
			.bodyText()
			.contains("Not a date", "Required.", "Choose one of the listed values.", "value=\"2021-02-30\"",
					"Test titre saisi");
		assertThat(this.data.count("timeline_event")).isEqualTo(before);
	}

	@Test
	void addsEditsAndDeletesAContributionShownOnTheCountryProfile() {
		assertThat(contribution("/admin/contributions/new")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk().bodyText().contains("Test Operation");
		Long id = this.jdbc.queryForObject("select id from contribution where country_id = ?", Long.class,
				this.country.getId());
		assertThat(contribution("/admin/contributions/" + id, "version", "0", "operationEn", "Test Operation Two"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk().bodyText().contains("Test Operation Two");
		assertThat(this.mvc.post().uri("/admin/contributions/" + id + "/delete").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.doesNotContain("Test Operation");
	}

	@Test
	void savesTheEnglishAndFrenchOperationNamesAndShowsEachInItsLanguage() {
		assertThat(this.mvc.get().uri("/admin/contributions/new?country=ZZA")).hasStatusOk()
			.bodyText()
			.contains("Operation (English)", "Operation (French)", "name=\"operationEn\"", "name=\"operationFr\"");
		assertThat(contribution("/admin/contributions/new", "operationFr", "Mission test en francais"))
			.hasStatus(HttpStatus.FOUND);
		Long id = this.jdbc.queryForObject("select id from contribution where country_id = ?", Long.class,
				this.country.getId());
		assertThat(this.jdbc.queryForList("select operation, operation_fr from contribution where id = ?", id))
			.containsExactly(Map.of("operation", "Test Operation", "operation_fr", "Mission test en francais"));
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.contains("Test Operation")
			.doesNotContain("Mission test en francais");
		assertThat(this.mvc.get().uri("/countries/test-alpha?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Mission test en francais");
		assertThat(this.mvc.get().uri("/admin/contributions?q=francais")).hasStatusOk()
			.bodyText()
			.contains("Test Operation");
		assertThat(contribution("/admin/contributions/" + id, "version", "0", "operationFr", "Nouvelle mission"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/contributions/" + id + "/history")).hasStatusOk()
			.bodyText()
			.contains("Operation (French)", "Nouvelle mission");
	}

	@Test
	void refusesAnInvalidContribution() {
		long before = this.data.count("contribution");
		assertThat(contribution("/admin/contributions/new", "peakPersonnel", "many", "startDate", "2005", "endDate",
				"2004", "operationEn", ""))
			.hasStatusOk()
			.bodyText()
			.contains("Not a valid number.", "The end comes before the start.", "Required.", "value=\"many\"");
		assertThat(contribution("/admin/contributions/new", "peakPersonnel", "-5", "source", "")).hasStatusOk()
			.bodyText()
			.contains("A number greater than zero.", "Required.");
		assertThat(this.data.count("contribution")).isEqualTo(before);
	}

	private MockMvcRequestBuilder event(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri,
				Map.of("country", "ZZA", "date", "2021-02", "kind", "MILESTONE", "titleEn",
						"Test milestone of Alphaland", "titleFr", "", "framework", "", "programme", "", "source",
						"Test source"),
				replaced);
	}

	private MockMvcRequestBuilder contribution(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri, Map.of("country", "ZZA", "operationEn", "Test Operation", "operationFr",
				"", "startDate", "2004", "endDate", "2014-12", "peakPersonnel", "120", "source", "Test source"),
				replaced);
	}

}
