package org.natoportal.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import org.hibernate.jpa.HibernateHints;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the rows of a report from the database, never holding them all: PostgreSQL
 * sends them in batches of {@value #BATCH} through a cursor (which needs the read-only
 * transaction), and the persistence context is cleared after each batch so the entities
 * already written can be collected.
 */
@Component
@Transactional(readOnly = true)
public class ReportRows {

	static final int BATCH = 1000;

	@PersistenceContext
	private EntityManager entityManager;

	/**
	 * Hands each row of the report to the sink, in order.
	 * @return the number of rows
	 */
	public long forEach(PreparedReport report, RowSink sink) throws IOException {
		try {
			return stream(report.rows(), sink);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	public long count(PreparedReport report) {
		return count(report.rows());
	}

	private <T> long stream(RowQuery<T> rows, RowSink sink) throws IOException {
		CriteriaBuilder cb = this.entityManager.getCriteriaBuilder();
		long count = 0;
		try (Stream<T> results = this.entityManager.createQuery(rows.select(cb))
			.setHint(HibernateHints.HINT_FETCH_SIZE, BATCH)
			.setHint(HibernateHints.HINT_READ_ONLY, true)
			.getResultStream()) {
			Iterator<T> iterator = results.iterator();
			while (iterator.hasNext()) {
				sink.accept(rows.cells(iterator.next()));
				if (++count % BATCH == 0) {
					this.entityManager.clear();
				}
			}
		}
		return count;
	}

	private <T> long count(RowQuery<T> rows) {
		return this.entityManager.createQuery(rows.count(this.entityManager.getCriteriaBuilder())).getSingleResult();
	}

	/** Where the rows go: the CSV printer. */
	@FunctionalInterface
	public interface RowSink {

		void accept(List<Object> cells) throws IOException;

	}

}
