package org.natoportal.history;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History pages read the audit tables in a number of statements bounded by what they
 * show, not by the size of the history.
 */
@PortalIntegrationTest
@WithMockUser(username = "erin", roles = "EDITOR")
class HistoryQueryCountTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JdbcTemplate jdbc;

	Statistics statistics;

	@BeforeEach
	void enableStatistics() {
		this.statistics = this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
		this.statistics.setStatisticsEnabled(true);
	}

	@Test
	void aRecordsHistoryTakesAFewStatements() {
		long membership = this.jdbc.queryForObject(
				"select m.id from membership m join country c on c.id = m.country_id where c.slug = 'kyrgyz-republic' limit 1",
				Long.class);
		assertThat(statementsFor("/admin/memberships/" + membership + "/history")).isLessThanOrEqualTo(8);
	}

	/**
	 * Each row is named from the record as it was: at most one read for it and one per
	 * relation.
	 */
	@Test
	void aPageOfChangesTakesAFewStatementsPerRow() {
		assertThat(statementsFor("/admin/changes?kind=memberships")).isLessThanOrEqualTo(3 * ChangeLog.PAGE_SIZE);
		assertThat(statementsFor("/admin/changes?kind=countries")).isLessThanOrEqualTo(ChangeLog.PAGE_SIZE);
	}

	private long statementsFor(String uri) {
		this.statistics.clear();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return this.statistics.getPrepareStatementCount();
	}

}
