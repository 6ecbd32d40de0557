package org.natoportal.system;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class FrenchLanguageTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsFrenchContentAndMarksThePageAsFrench() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("lang=\"fr\"")
			.contains("Adhésion au Conseil de coopération nord-atlantique")
			.contains("Partenariat pour la paix");
	}

	@Test
	void showsDatesInFrench() {
		assertThat(this.mvc.get().uri("/countries/mongolia?lang=fr")).hasStatusOk()
			.bodyText()
			.contains("septembre 2009");
	}

	@Test
	void writesTheFirstOfTheMonthAsFrenchDoes() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic?lang=fr")).hasStatusOk()
			.bodyText()
			.contains(">1er juin 1994<")
			.doesNotContain(">1 juin 1994<");
	}

	@Test
	void theLanguageChoiceSticksThroughACookie() {
		MvcTestResult first = this.mvc.get().uri("/countries?lang=fr").exchange();
		Cookie[] cookies = first.getResponse().getCookies();
		assertThat(cookies).isNotEmpty();
		assertThat(this.mvc.get().uri("/timeline").cookie(cookies)).hasStatusOk().bodyText().contains("lang=\"fr\"");
	}

	@Test
	void englishIsTheDefault() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.contains("lang=\"en\"")
			.contains("Joins the North Atlantic Cooperation Council");
	}

	@Test
	void anUnsupportedLanguageFallsBackToEnglish() {
		assertThat(this.mvc.get().uri("/countries?lang=de")).hasStatusOk().bodyText().contains("lang=\"en\"");
	}

}
