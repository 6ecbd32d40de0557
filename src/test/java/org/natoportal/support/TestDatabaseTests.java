package org.natoportal.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PortalIntegrationTest
class TestDatabaseTests {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EntityManagerFactory entityManagerFactory;

	@Test
	void contextUsesTheDatabaseResolvedOnceForTheTestRun() throws SQLException {
		String url = System.getProperty("spring.datasource.url");
		assertThat(url).as("spring.datasource.url set by TestDatabaseSessionListener").isNotBlank();
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
			assertThat(connection.getMetaData().getURL()).startsWith(withoutParameters(url));
		}
	}

	@Test
	void hibernateStatisticsAreEnabledForQueryCountGuards() {
		assertThat(this.entityManagerFactory.unwrap(SessionFactory.class).getStatistics().isStatisticsEnabled())
			.isTrue();
	}

	private static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query < 0) ? url : url.substring(0, query);
	}

}
