package org.natoportal.support;

import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the {@link TestDatabase} once per test run, before any Spring context, and hands
 * it to every context as the system properties {@code spring.datasource.url},
 * {@code spring.datasource.username} and {@code spring.datasource.password}; stops it
 * when the run ends. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 * <p>
 * Why a launcher session listener rather than a {@code @ServiceConnection} container or a
 * context initializer: the application's own {@code EmbeddedDatabaseConfiguration} starts
 * an embedded server whenever {@code spring.datasource.url} is blank, so the URL has to
 * be in the environment before the context is refreshed, otherwise both would start; and
 * a test run may create several Spring contexts (different configurations, dirtied
 * contexts) that must all share one server started once, not one per context.
 */
public class TestDatabaseSessionListener implements LauncherSessionListener {

	private static final Logger logger = LoggerFactory.getLogger(TestDatabaseSessionListener.class);

	private static final List<String> PROPERTIES = List.of("spring.datasource.url", "spring.datasource.username",
			"spring.datasource.password");

	private static final Object monitor = new Object();

	/**
	 * Sessions may nest (a test that launches tests): the outermost one owns the server.
	 */
	private static int openSessions;

	private static TestDatabase database;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		synchronized (monitor) {
			if (openSessions == 0) {
				long start = System.nanoTime();
				database = TestDatabase.start();
				System.setProperty("spring.datasource.url", database.url());
				System.setProperty("spring.datasource.username", database.username());
				System.setProperty("spring.datasource.password", database.password());
				logger.info("Tests use {} at {} (ready in {} ms)", database.description(), database.url(),
						(System.nanoTime() - start) / 1_000_000);
			}
			openSessions++;
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		synchronized (monitor) {
			if (openSessions == 0 || --openSessions > 0) {
				return;
			}
			PROPERTIES.forEach(System::clearProperty);
			try {
				database.close();
			}
			catch (Exception ex) {
				logger.warn("Could not stop the test database cleanly", ex);
			}
			finally {
				database = null;
			}
		}
	}

}
