package org.natoportal.timeline;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class TimelinePageTest {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsEveryEventAcrossCountries() {
		assertThat(this.mvc.get().uri("/timeline")).hasStatusOk()
			.bodyText()
			.contains("455")
			.contains("Inaugural meeting of the North Atlantic Cooperation Council in Brussels")
			.contains("datetime=\"1991-12-20\"");
	}

	@Test
	void filtersByYearRangeAndKind() throws Exception {
		String body = this.mvc.get()
			.uri("/timeline?from=1994&to=1994&kind=agreement")
			.exchange()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("Kyrgyzstan signs the Partnership for Peace Framework Document")
			.doesNotContain("datetime=\"1995")
			.doesNotContain("datetime=\"1993")
			.doesNotContain("Partnership for Peace launched and Framework Document issued");
	}

	@Test
	void filtersByCountryAndProgramme() {
		assertThat(this.mvc.get().uri("/timeline?country=mongolia&programme=deep")).hasStatusOk()
			.bodyText()
			.contains("DEEP")
			.contains("Mongolia")
			.doesNotContain("Kyrgyz");
	}

	@Test
	void malformedYearIsABadRequestNamingTheParameter() {
		assertThat(this.mvc.get().uri("/timeline?from=abc")).hasStatus(400)
			.bodyText()
			.contains("from")
			.contains("abc")
			.doesNotContain("Exception");
	}

	@Test
	void rangeThatEndsBeforeItStartsIsABadRequest() {
		assertThat(this.mvc.get().uri("/timeline?from=2000&to=1990")).hasStatus(400).bodyText().contains("to");
	}

	@Test
	void unknownKindIsABadRequest() {
		assertThat(this.mvc.get().uri("/timeline?kind=party")).hasStatus(400).bodyText().contains("kind");
	}

	/**
	 * The page shows one value per filter: a second one would be silently dropped and the
	 * reader would take the rows for both kinds.
	 */
	@Test
	void aFilterGivenTwiceIsABadRequestNamingIt() {
		assertThat(this.mvc.get().uri("/timeline?kind=agreement&kind=programme")).hasStatus(400)
			.bodyText()
			.contains("agreement,programme")
			.contains("“kind”");
		assertThat(this.mvc.get().uri("/timeline?from=2000&from=2010")).hasStatus(400).bodyText().contains("“from”");
	}

	/**
	 * PostgreSQL's driver refuses a text with a NUL character half-way through sending
	 * the query, which left the connection waiting forever: ten such addresses took every
	 * connection and the portal stopped answering.
	 */
	@Test
	@Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aNulCharacterInAFilterIsABadRequest() {
		for (String address : new String[] { "/timeline?country=%00", "/countries?framework=a%00b",
				"/reports/timeline-events.csv?country=%00", "/reports/framework-memberships.csv?region=%00" }) {
			assertThat(this.mvc.get().uri(URI.create(address))).as(address)
				.hasStatus(400)
				.bodyText()
				.doesNotContain("Exception");
		}
		assertThat(this.mvc.get().uri("/timeline?country=mongolia")).hasStatusOk();
	}

}
