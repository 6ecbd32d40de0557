package org.natoportal.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.util.FileSystemUtils;
import org.springframework.util.StringUtils;

/**
 * The PostgreSQL server that a test run uses, found in this order: the server named by
 * {@code PORTAL_TEST_DB_URL} (with {@code PORTAL_TEST_DB_USER} and
 * {@code PORTAL_TEST_DB_PASSWORD}); a {@value #IMAGE} Testcontainers container when a
 * Docker engine is available; otherwise an embedded PostgreSQL in a fresh temporary
 * directory. There is no in-memory substitute: database tests always run on PostgreSQL.
 *
 * @see TestDatabaseSessionListener
 */
final class TestDatabase implements AutoCloseable {

	static final String IMAGE = "postgres:18";

	private final String url;

	private final String username;

	private final String password;

	private final String description;

	private final AutoCloseable server;

	private TestDatabase(String url, String username, String password, String description, AutoCloseable server) {
		this.url = url;
		this.username = username;
		this.password = password;
		this.description = description;
		this.server = server;
	}

	static TestDatabase start() {
		String url = System.getenv("PORTAL_TEST_DB_URL");
		if (StringUtils.hasText(url)) {
			return new TestDatabase(url, env("PORTAL_TEST_DB_USER"), env("PORTAL_TEST_DB_PASSWORD"),
					"external PostgreSQL from PORTAL_TEST_DB_URL", () -> {
					});
		}
		if (DockerClientFactory.instance().isDockerAvailable()) {
			return startContainer();
		}
		return startEmbedded();
	}

	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName("portal");
		container.start();
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
				"Testcontainers " + IMAGE + " (PORTAL_TEST_DB_URL not set, Docker available)", container::stop);
	}

	private static TestDatabase startEmbedded() {
		Path directory = null;
		try {
			directory = Files.createTempDirectory("portal-test-postgres-");
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(directory.resolve("data"))
				.setCleanDataDirectory(true)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
			Path created = directory;
			AutoCloseable server = () -> {
				try {
					postgres.close();
				}
				finally {
					FileSystemUtils.deleteRecursively(created);
				}
			};
			return new TestDatabase("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres", "postgres", "",
					"embedded PostgreSQL in " + directory + " (PORTAL_TEST_DB_URL not set, no Docker engine)", server);
		}
		catch (IOException ex) {
			deleteQuietly(directory);
			throw new IllegalStateException("Could not start an embedded PostgreSQL for the tests", ex);
		}
	}

	private static String env(String name) {
		String value = System.getenv(name);
		return (value != null) ? value : "";
	}

	private static void deleteQuietly(Path directory) {
		if (directory != null) {
			try {
				FileSystemUtils.deleteRecursively(directory);
			}
			catch (IOException ex) {
				// best effort: it is a temporary directory
			}
		}
	}

	String url() {
		return this.url;
	}

	String username() {
		return this.username;
	}

	String password() {
		return this.password;
	}

	String description() {
		return this.description;
	}

	@Override
	public void close() throws Exception {
		this.server.close();
	}

}
