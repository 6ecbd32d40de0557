package org.natoportal.admin;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Admin lists read a page with its countries, frameworks and programmes in one query: a
 * full page of 25 costs no more statements than a page of one.
 */
@PortalIntegrationTest
@WithMockUser(username = "ed", roles = "EDITOR")
class AdminQueryCountTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@ParameterizedTest
	@ValueSource(strings = { "countries", "frameworks", "programmes", "memberships", "participations", "events",
			"contributions" })
	void aFullPageCostsNoMoreStatementsThanOneRow(String area) {
		long full = statementsFor("/admin/" + area);
		long one = statementsFor("/admin/" + area + "?q=kyrgyz");
		assertThat(full).isLessThanOrEqualTo(Math.max(one, 1) + 1).isLessThanOrEqualTo(7);
	}

	private long statementsFor(String uri) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
