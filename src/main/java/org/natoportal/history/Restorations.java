package org.natoportal.history;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.natoportal.admin.RecordType;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which new record a deleted record was restored as. A restore stores the record under a
 * new id and signs its revision with the old one
 * ({@link PortalRevision#getRestoredFrom()}), so the old history can point to the new
 * record and a record that referred to the old one can be restored pointing to the new
 * one.
 */
@Component
class Restorations {

	private final NamedParameterJdbcTemplate jdbc;

	Restorations(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The record this deleted one was last restored as, if it ever was. */
	Optional<Long> restoredAs(RecordType type, long id) {
		List<Long> ids = this.jdbc.queryForList("select a.id from " + ChangeLog.auditTable(type)
				+ " a join portal_revision r on r.id = a.rev where a.revtype = 0 and r.restored_from = :from"
				+ " order by a.rev desc limit 1", Map.of("from", key(type, id)), Long.class);
		return ids.stream().findFirst();
	}

	/**
	 * The content records a revision deleted (a country deleted with its memberships and
	 * events, say), countries, frameworks and programmes before the records that refer to
	 * them, so that restoring them in this order can point each at what it referred to.
	 */
	List<DeletedRecord> deletedIn(long revision) {
		String deletions = Arrays.stream(RecordType.values())
			.filter(RecordType::isContent)
			.map((type) -> "select '" + type.getKey() + "' as area, id from " + ChangeLog.auditTable(type)
					+ " where rev = :revision and revtype = 2")
			.collect(Collectors.joining(" union all "));
		return this.jdbc
			.query(deletions, Map.of("revision", revision),
					(rs, row) -> new DeletedRecord(RecordType.fromKey(rs.getString("area")).orElseThrow(),
							rs.getLong("id")))
			.stream()
			.sorted(Comparator.comparing(DeletedRecord::type).thenComparing(DeletedRecord::id))
			.toList();
	}

	/** A record deleted in some revision. */
	record DeletedRecord(RecordType type, long id) {

	}

	/** How a revision names the record it restored. */
	static String key(RecordType type, long id) {
		return type.getKey() + "/" + id;
	}

	/** The id of the record a revision restored, when it is of the given kind. */
	static Optional<Long> restoredId(RecordType type, PortalRevision revision) {
		String from = revision.getRestoredFrom();
		String prefix = type.getKey() + "/";
		return (from != null && from.startsWith(prefix)) ? Optional.of(Long.parseLong(from.substring(prefix.length())))
				: Optional.empty();
	}

}
