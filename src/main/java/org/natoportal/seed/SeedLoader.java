package org.natoportal.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled data set on first start, when the database holds no country yet. It
 * never runs again on a database that has data, so staff edits are never overwritten.
 */
@Component
class SeedLoader implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedLoader.class);

	/**
	 * Any constant: two instances starting on one empty database must not both import.
	 */
	private static final long SEED_LOCK = 0x5EED_0001L;

	private final DatasetImporter importer;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	SeedLoader(DatasetImporter importer, JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${portal.seed.enabled:true}") boolean enabled) {
		this.importer = importer;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled) {
			logger.info("Seed data loading is switched off (portal.seed.enabled=false)");
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.jdbc.queryForList("select pg_advisory_xact_lock(?)", SEED_LOCK);
			Integer countries = this.jdbc.queryForObject("select count(*) from country", Integer.class);
			if (countries != null && countries > 0) {
				logger.info("Database already holds {} countries: seed data not loaded", countries);
				return;
			}
			ImportCounts counts = this.importer.importAll(SeedLoader::open);
			logger.info("Loaded seed data: {}", counts);
		});
	}

	private static Reader open(String name) {
		try {
			return new InputStreamReader(new ClassPathResource("seed/" + name).getInputStream(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Seed file seed/" + name + " is missing from the application", ex);
		}
	}

}
