package org.natoportal.system;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says at start-up which database the portal is using, so nobody has to guess. */
@Component
class DatabaseStartupLog {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseStartupLog.class);

	private final DataSource dataSource;

	DatabaseStartupLog(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@EventListener(ApplicationStartedEvent.class)
	void logDatabase() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			logger.info("Using database {} {} at {} as user {}", metaData.getDatabaseProductName(),
					metaData.getDatabaseProductVersion(), metaData.getURL(), metaData.getUserName());
		}
	}

}
