package org.natoportal.system;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Guards against N+1 queries: the number of SQL statements a page issues is small and
 * does not grow with the number of rows it shows.
 */
@PortalIntegrationTest
class QueryCountTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	private Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@Test
	void countryListIssuesTheSameFewStatementsForOneCountryAsForAll() {
		long all = statementsFor("/countries");
		long one = statementsFor("/countries?q=mongolia");
		assertThat(all).isEqualTo(one).isLessThanOrEqualTo(6);
	}

	@Test
	void countryProfileIssuesTheSameFewStatementsWhateverTheCountrysHistory() {
		long rich = statementsFor("/countries/kyrgyz-republic");
		long sparse = statementsFor("/countries/colombia");
		assertThat(rich).isEqualTo(sparse).isLessThanOrEqualTo(8);
	}

	@Test
	void timelineIssuesAFewStatementsForHundredsOfEvents() {
		long all = statementsFor("/timeline");
		long filtered = statementsFor("/timeline?country=mongolia");
		assertThat(all).isLessThanOrEqualTo(filtered).isLessThanOrEqualTo(8);
	}

	@Test
	void frameworkPageIssuesAFewStatementsWhateverItsSize() {
		long large = statementsFor("/frameworks/pfp");
		long small = statementsFor("/frameworks/nuco");
		assertThat(large).isEqualTo(small).isLessThanOrEqualTo(8);
	}

	private long statementsFor(String uri) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
