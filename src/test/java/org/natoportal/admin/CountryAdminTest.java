package org.natoportal.admin;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.natoportal.country.Country;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalIntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class CountryAdminTest extends AdminTestSupport {

	@Test
	void listsSearchesFiltersSortsAndPagesCountries() {
		assertThat(this.mvc.get().uri("/admin/countries")).hasStatusOk()
			.bodyText()
			.contains("54 records", "Armenia", "Page 1 of 3")
			.doesNotContain("Uzbekistan");
		assertThat(this.mvc.get().uri("/admin/countries?q=kyrg")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic")
			.doesNotContain("Mongolia");
		assertThat(this.mvc.get().uri("/admin/countries?status=ally&sort=-name")).hasStatusOk()
			.bodyText()
			.contains("Finland", "Sweden")
			.doesNotContain("Kyrgyz Republic");
		assertThat(this.mvc.get().uri("/admin/countries?page=3")).hasStatusOk()
			.bodyText()
			.contains("Uzbekistan", "Page 3 of 3");
		assertThat(this.mvc.get().uri("/admin/countries?sort=shoe-size")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsACountryThatShowsOnItsPublicPage() {
		MvcTestResult created = valid("/admin/countries/new").exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND).redirectedUrl().startsWith("/admin/countries/");
		assertThat(created).flash().containsEntry("success", "“Testland” saved.");
		assertThat(this.countries.findBySlug("test-land")).isPresent();
		assertThat(this.mvc.get().uri("/countries/test-land")).hasStatusOk().bodyText().contains("Testland");
	}

	@Test
	void editsACountryAndThePublicPageShowsTheChange() {
		Country country = this.data.country("ZZA", "test-alpha", "Alpha");
		assertThat(this.mvc.get().uri("/admin/countries/" + country.getId())).hasStatusOk()
			.bodyText()
			.contains("value=\"ZZA\"", "value=\"Alpha\"", "href=\"/countries/test-alpha\"",
					"/admin/countries/" + country.getId() + "/history");
		assertThat(valid("/admin/countries/" + country.getId(), "iso3", "ZZA", "slug", "test-alpha", "nameEn",
				"Alpha Renamed", "version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/countries/test-alpha")).hasStatusOk()
			.bodyText()
			.contains("Alpha Renamed", "href=\"/admin/countries/" + country.getId() + "\"");
	}

	@Test
	@WithAnonymousUser
	void visitorsSeeNoWayIntoTheStaffAreaOnPublicPages() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.doesNotContain("Edit in the staff area", "/admin/countries/");
		assertThat(this.mvc.get().uri("/admin/countries/new")).hasStatus(HttpStatus.FOUND);
	}

	@Test
	void showsTheFormAgainWithTheTypedValuesAndStoresNothingWhenInvalid() {
		long before = this.data.count("country");
		assertThat(this.mvc.post()
			.uri("/admin/countries/new")
			.with(csrf())
			.param("iso3", "KGZ")
			.param("slug", "Not A Slug")
			.param("nameEn", "")
			.param("nameFr", "Pays saisi")
			.param("region", "central-asia")
			.param("status", "SLEEPING")
			.param("partnerSince", "nineteen")).hasStatusOk()
			.bodyText()
			.contains("Nothing was saved", "Already used by another record.", "Lower-case letters, digits and hyphens",
					"Required.", "Not a valid number.", "Not a valid value.")
			.contains("value=\"Not A Slug\"", "value=\"Pays saisi\"", "value=\"nineteen\"");
		assertThat(this.data.count("country")).isEqualTo(before);
	}

	@Test
	void theSecondOfTwoConcurrentEditsGetsTheConflictPageAndTheFirstSurvives() {
		Country country = this.data.country("ZZB", "test-bravo", "Bravo");
		String edit = "/admin/countries/" + country.getId();
		// Both editors open the form at version 0.
		assertThat(this.mvc.get().uri(edit)).hasStatusOk().bodyText().contains("name=\"version\" value=\"0\"");
		assertThat(this.mvc.get().uri(edit)).hasStatusOk().bodyText().contains("name=\"version\" value=\"0\"");
		assertThat(valid(edit, "iso3", "ZZB", "slug", "test-bravo", "nameEn", "Bravo First", "version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(valid(edit, "iso3", "ZZB", "slug", "test-bravo", "nameEn", "Bravo Second", "version", "0"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this record", "Bravo First", "Bravo Second", "Apply my values again");
		assertThat(this.countries.findBySlug("test-bravo")).get()
			.extracting(Country::getNameEn)
			.isEqualTo("Bravo First");
		assertThat(
				valid(edit + "/reapply", "iso3", "ZZB", "slug", "test-bravo", "nameEn", "Bravo Second", "version", "0"))
			.hasStatusOk()
			.bodyText()
			.contains("value=\"Bravo Second\"", "name=\"version\" value=\"1\"");
	}

	@Test
	void theConflictPageNamesStatusAndRegionInTheReadersLanguage() {
		Country country = this.data.country("ZZE", "test-echo", "Echo");
		String edit = "/admin/countries/" + country.getId();
		assertThat(valid(edit, "iso3", "ZZE", "slug", "test-echo", "nameEn", "Echo First", "version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(valid(edit + "?lang=fr", "iso3", "ZZE", "slug", "test-echo", "nameEn", "Echo Second", "status",
				"SUSPENDED", "version", "0"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("<td>Asie centrale</td>", "<td>Partenaire actif</td>", "<td>Coopération suspendue</td>")
			.doesNotContain("<td>ACTIVE</td>", "<td>central-asia</td>")
			// "Apply my values again" still sends the values the form understands.
			.contains("name=\"status\" value=\"SUSPENDED\"", "name=\"region\" value=\"central-asia\"");
	}

	@Test
	void refusesToDeleteACountryWithRecordsUnlessTheCascadeIsConfirmed() {
		Country country = this.data.country("ZZC", "test-charlie", "Charlie");
		this.jdbc.update("insert into contribution (id, country_id, operation, source) "
				+ "values (nextval('contribution_seq'), ?, 'Test Operation', 'Test source')", country.getId());
		String delete = "/admin/countries/" + country.getId() + "/delete";
		assertThat(this.mvc.get().uri(delete)).hasStatusOk().bodyText().contains("Test Operation", "Delete");
		assertThat(this.mvc.post().uri(delete).with(csrf())).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Not deleted");
		assertThat(this.countries.findBySlug("test-charlie")).isPresent();
		assertThat(this.mvc.post().uri(delete).with(csrf()).param("cascade", "true")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin/countries");
		assertThat(this.countries.findBySlug("test-charlie")).isEmpty();
		assertThat(this.mvc.get().uri("/countries/test-charlie")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void storesAScriptTypedIntoANameAsTextAndShowsItEscaped() {
		assertThat(valid("/admin/countries/new", "nameEn", "<script>alert(1)</script>")).hasStatus(HttpStatus.FOUND);
		Country stored = this.countries.findBySlug("test-land").orElseThrow();
		assertThat(stored.getNameEn()).isEqualTo("<script>alert(1)</script>");
		assertThat(this.mvc.get().uri("/countries/test-land")).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
		assertThat(this.mvc.get().uri("/admin/countries/" + stored.getId())).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.doesNotContain("<script>alert(1)");
	}

	@Test
	void speaksFrench() {
		assertThat(this.mvc.get().uri("/admin/countries/new?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("Nouveau pays", "Nom (français)");
		assertThat(valid("/admin/countries/new?lang=fr", "nameEn", "", "slug", "Pas Bon")).hasStatusOk()
			.bodyText()
			.contains("Rien n’a été enregistré", "Obligatoire.", "Lettres minuscules, chiffres et traits d’union");
		assertThat(valid("/admin/countries/new?lang=fr").exchange()).flash()
			.containsEntry("success", "« Testlande » enregistré.");
	}

	/**
	 * Posts a complete, valid country form, with some fields replaced ("name", "value",
	 * …).
	 */
	private MockMvcRequestBuilder valid(String uri, String... replaced) {
		return AdminForms.post(this.mvc, uri, Map.of("iso3", "ZZT", "slug", "test-land", "nameEn", "Testland", "nameFr",
				"Testlande", "region", "central-asia", "status", "ACTIVE", "source", "Test source"), replaced);
	}

}
