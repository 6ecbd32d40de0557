package org.natoportal.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.natoportal.PortalApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the application as the README's {@code ./mvnw spring-boot:run} does with no
 * database server configured: the application starts its own embedded PostgreSQL, loads
 * the seed data and keeps it across restarts.
 */
class ZeroSetupRunTest {

	private static final int SEEDED_COUNTRIES = 54;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@TempDir
	Path dataDirectory;

	@Test
	void servesCountryProfileFromEmbeddedDatabaseWithNoServerConfigured() throws Exception {
		try (ConfigurableApplicationContext context = startWithNoServerConfigured()) {
			assertServesKyrgyzProfile(context);
		}
	}

	@Test
	void keepsDataAcrossRestartWithoutLoadingTheSeedTwice() throws Exception {
		try (ConfigurableApplicationContext context = startWithNoServerConfigured()) {
			assertThat(countCountries(context)).isEqualTo(SEEDED_COUNTRIES);
		}
		try (ConfigurableApplicationContext context = startWithNoServerConfigured()) {
			assertServesKyrgyzProfile(context);
			assertThat(countCountries(context)).isEqualTo(SEEDED_COUNTRIES);
		}
	}

	/**
	 * Command-line arguments outrank the system properties through which the test run
	 * hands its own database to the integration tests, so a blank URL here means "no
	 * server configured", exactly as for a developer without PORTAL_DB_URL.
	 */
	private ConfigurableApplicationContext startWithNoServerConfigured() {
		return new SpringApplicationBuilder(PortalApplication.class).run("--spring.datasource.url=",
				"--spring.datasource.username=", "--spring.datasource.password=",
				"--portal.embedded-db.directory=" + this.dataDirectory.resolve("postgres"), "--server.port=0");
	}

	private void assertServesKyrgyzProfile(ConfigurableApplicationContext context)
			throws IOException, InterruptedException {
		int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/countries/kyrgyz-republic"))
			.timeout(Duration.ofSeconds(30))
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Kyrgyz Republic").contains("1992");
	}

	private static Integer countCountries(ConfigurableApplicationContext context) {
		return new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("select count(*) from country",
				Integer.class);
	}

}
