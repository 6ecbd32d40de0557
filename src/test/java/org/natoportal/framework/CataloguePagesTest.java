package org.natoportal.framework;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Framework and programme pages. */
@PortalIntegrationTest
class CataloguePagesTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void frameworkPageListsMembersWithDatesAndTimeline() {
		assertThat(this.mvc.get().uri("/frameworks/ici")).hasStatusOk()
			.bodyText()
			.contains("Istanbul Cooperation Initiative", "2004")
			.contains("href=\"/countries/kuwait\"", "href=\"/countries/qatar\"")
			.contains("datetime=\"2004-12\"");
	}

	@Test
	void frameworkCodeIsCaseInsensitive() {
		assertThat(this.mvc.get().uri("/frameworks/PFP")).hasStatusOk().bodyText().contains("Partnership for Peace");
	}

	@Test
	void frameworkIndexListsAllFrameworks() {
		assertThat(this.mvc.get().uri("/frameworks")).hasStatusOk()
			.bodyText()
			.contains("North Atlantic Cooperation Council", "Mediterranean Dialogue", "NATO-Ukraine Council");
	}

	@Test
	void programmePageListsParticipants() {
		assertThat(this.mvc.get().uri("/programmes/bi")).hasStatusOk()
			.bodyText()
			.contains("Building Integrity")
			.contains("href=\"/countries/kyrgyz-republic\"", "href=\"/countries/mongolia\"");
	}

	@Test
	void programmeIndexListsAllProgrammes() {
		assertThat(this.mvc.get().uri("/programmes")).hasStatusOk()
			.bodyText()
			.contains("Defence Education Enhancement Programme", "Partnership Interoperability Initiative");
	}

	@Test
	void unknownFrameworkOrProgrammeIsANotFoundPage() {
		assertThat(this.mvc.get().uri("/frameworks/xyz")).hasStatus(404);
		assertThat(this.mvc.get().uri("/programmes/xyz")).hasStatus(404);
	}

	@Test
	void overviewShowsFrameworksWithCurrentMemberCountsAndRecentEvents() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("Partnership for Peace", "Mediterranean Dialogue", "Istanbul Cooperation Initiative")
			.contains("href=\"/frameworks/md\"")
			.contains("action=\"/countries\"");
	}

}
