package org.natoportal.history;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.natoportal.admin.RecordType;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recent changes across the portal: every audit row of every kind of record, newest
 * first, read in one query over the audit tables so that a page costs the same whatever
 * the history's size. Each row is then named from the record as it was at that revision.
 */
@Service
@Transactional(readOnly = true)
public class ChangeLog {

	static final int PAGE_SIZE = 25;

	private final NamedParameterJdbcTemplate jdbc;

	private final EntityManager entityManager;

	private final RecordLabels labels;

	ChangeLog(NamedParameterJdbcTemplate jdbc, EntityManager entityManager, RecordLabels labels) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.labels = labels;
	}

	/**
	 * One page of changes to the given kinds of record, optionally by one author.
	 * @param page from 1
	 */
	public ChangePage page(List<RecordType> types, String author, int page, Locale locale) {
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		String changes = "(" + types.stream().map(ChangeLog::auditRows).collect(Collectors.joining(" union all "))
				+ ") c join portal_revision r on r.id = c.rev";
		if (author != null) {
			changes += " where r.username = :author";
			parameters.addValue("author", author);
		}
		long total = this.jdbc.queryForObject("select count(*) from " + changes, parameters, Long.class);
		int pageCount = Math.max(1, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE));
		parameters.addValue("limit", PAGE_SIZE).addValue("offset", (long) (page - 1) * PAGE_SIZE);
		AuditReader reader = AuditReaderFactory.get(this.entityManager);
		List<ChangeEntry> entries = this.jdbc
			.query("select c.area, c.id, c.rev, c.revtype, r.changed_at, r.username from " + changes
					+ " order by c.rev desc, c.area, c.id limit :limit offset :offset", parameters, (rs, row) -> {
						RecordType type = RecordType.fromKey(rs.getString("area")).orElseThrow();
						long id = rs.getLong("id");
						long revision = rs.getLong("rev");
						Object record = reader.find(type.getEntityType(), type.getEntityType().getName(), id, revision,
								true);
						ZonedDateTime time = rs.getObject("changed_at", Timestamp.class)
							.toInstant()
							.atZone(ZoneId.systemDefault());
						return new ChangeEntry(type, id, revision, time, rs.getString("username"),
								ChangeKind.of(rs.getInt("revtype")),
								(record != null) ? this.labels.label(record, locale) : "#" + id);
					});
		return new ChangePage(entries, page, pageCount, total);
	}

	/** Everyone who ever changed something, for the author filter. */
	public List<String> authors() {
		return this.jdbc.getJdbcTemplate()
			.queryForList("select distinct username from portal_revision order by username", String.class);
	}

	/** The area key is a constant of {@link RecordType}, never reader input. */
	private static String auditRows(RecordType type) {
		return "select '" + type.getKey() + "' as area, id, rev, revtype from " + auditTable(type);
	}

	/**
	 * Envers names the audit table after the record's table: {@code TimelineEvent} →
	 * {@code timeline_event_aud}.
	 */
	static String auditTable(RecordType type) {
		return type.getEntityType().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT)
				+ "_aud";
	}

	/** A change to one record in one revision. */
	public record ChangeEntry(RecordType type, long id, long revision, ZonedDateTime time, String author,
			ChangeKind kind, String label) {

	}

	/** A page of changes, with the page number (from 1) and how many pages there are. */
	public record ChangePage(List<ChangeEntry> entries, int page, int pageCount, long total) {

	}

}
