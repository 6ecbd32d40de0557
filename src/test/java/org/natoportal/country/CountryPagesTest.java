package org.natoportal.country;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class CountryPagesTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsEveryPartnerWithItsFrameworks() {
		assertThat(this.mvc.get().uri("/countries")).hasStatusOk()
			.bodyText()
			.contains("54")
			.contains("Kyrgyz Republic", "Mongolia", "Finland", "Colombia")
			.contains("href=\"/countries/kyrgyz-republic\"");
	}

	@Test
	void showsMembershipNotesInTheReadersLanguage() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.contains("Ended when NACC was replaced by the EAPC", "PfP Framework Document signed on 1994-06-01")
			.doesNotContain("A pris fin lorsque le CPEA a remplacé le CCNA");
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("A pris fin lorsque le CPEA a remplacé le CCNA", "Document-cadre du PPP signé le 1er juin 1994")
			.doesNotContain("Ended when NACC was replaced by the EAPC");
	}

	@Test
	void showsOperationNamesInTheReadersLanguage() {
		assertThat(this.mvc.get().uri("/countries/mongolia")).hasStatusOk()
			.bodyText()
			.contains(">ISAF<", ">Resolute Support<")
			.doesNotContain("FIAS");
		assertThat(this.mvc.get().uri("/countries/mongolia?lang=fr")).hasStatusOk()
			.bodyText()
			.contains(">FIAS<", ">mission Resolute Support<")
			.doesNotContain(">ISAF<");
	}

	@Test
	void filtersByFrameworkRegionAndStatus() {
		assertThat(this.mvc.get().uri("/countries?framework=ici")).hasStatusOk()
			.bodyText()
			.contains("Kuwait", "Qatar", "Bahrain", "United Arab Emirates")
			.doesNotContain("Mongolia", "Kyrgyz Republic");
		assertThat(this.mvc.get().uri("/countries?region=central-asia&status=active")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic", "Kazakhstan")
			.doesNotContain("Finland", "Mongolia");
		assertThat(this.mvc.get().uri("/countries?status=ally")).hasStatusOk()
			.bodyText()
			.contains("Finland", "Sweden", "Poland")
			.doesNotContain("Kyrgyz Republic");
	}

	@Test
	void filtersByProgramme() {
		assertThat(this.mvc.get().uri("/countries?programme=bi")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic", "Mongolia", "Colombia", "Serbia", "Switzerland")
			.doesNotContain("Kazakhstan", "Japan");
	}

	@Test
	void searchesNamesInEitherLanguageIgnoringAccents() {
		assertThat(this.mvc.get().uri("/countries?q=kyrgyz")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic")
			.doesNotContain("Mongolia");
		assertThat(this.mvc.get().uri("/countries?q=armenie")).hasStatusOk().bodyText().contains("Armenia");
	}

	@Test
	void ignoresControlCharactersInTheSearchText() {
		assertThat(this.mvc.get().uri("/countries").param("q", "kyr\u0000gyz\t")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic")
			.doesNotContain("Mongolia");
	}

	@Test
	void tellsTheReaderWhenNothingMatches() {
		assertThat(this.mvc.get().uri("/countries?q=atlantis")).hasStatusOk()
			.bodyText()
			.doesNotContain("href=\"/countries/kyrgyz-republic\"")
			.contains("No countries match");
	}

	@Test
	void sortsByPartnerSinceWhenAsked() throws Exception {
		String body = this.mvc.get().uri("/countries?sort=partner_since").exchange().getResponse().getContentAsString();
		// Japan (1990) comes before Russia (1991), which comes before Colombia (2017).
		assertThat(body.indexOf("Japan")).isLessThan(body.indexOf("Russian Federation"));
		assertThat(body.indexOf("Russian Federation")).isLessThan(body.indexOf("Colombia"));
	}

	@Test
	void profileShowsFrameworksProgrammesAndTimelineOfTheKyrgyzRepublic() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic", "République kirghize")
			.contains("North Atlantic Cooperation Council", "Partnership for Peace")
			.contains("Science for Peace and Security", "Building Integrity")
			.contains("href=\"/frameworks/pfp\"", "href=\"/programmes/bi\"")
			.contains("datetime=\"1992\"", "datetime=\"2013-09-17\"")
			.contains("Joins the North Atlantic Cooperation Council")
			.contains("003_797da81ccb975404");
	}

	@Test
	void profileShowsMongoliasContributionsToOperations() {
		assertThat(this.mvc.get().uri("/countries/mongolia")).hasStatusOk()
			.bodyText()
			.contains("KFOR", "Resolute Support", "ISAF")
			.contains("233")
			.contains("September 2009");
	}

	@Test
	void unknownCountryIsANotFoundPage() {
		assertThat(this.mvc.get().uri("/countries/atlantis")).hasStatus(404)
			.bodyText()
			.doesNotContain("Exception")
			.contains("atlantis");
	}

	@Test
	void unknownFilterValueIsABadRequestNamingTheParameter() {
		assertThat(this.mvc.get().uri("/countries?framework=xyz")).hasStatus(400).bodyText().contains("framework");
		assertThat(this.mvc.get().uri("/countries?status=bogus")).hasStatus(400)
			.bodyText()
			.contains("status")
			.doesNotContain("Exception");
		assertThat(this.mvc.get().uri("/countries?region=atlantis")).hasStatus(400).bodyText().contains("region");
	}

	@Test
	void aFilterGivenTwiceIsABadRequestNamingIt() {
		assertThat(this.mvc.get().uri("/countries?q=kyr&q=mon")).hasStatus(400).bodyText().contains("kyr,mon");
		assertThat(this.mvc.get().uri("/countries?sort=name&sort=region")).hasStatus(400).bodyText().contains("“sort”");
	}

}
