package org.natoportal.history;

import java.lang.reflect.Field;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.natoportal.admin.RecordType;
import org.natoportal.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a record's revisions from the audit tables and works out, for each, which fields
 * changed from the version before.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private final EntityManager entityManager;

	private final RecordLabels labels;

	private final Restorations restorations;

	HistoryService(EntityManager entityManager, RecordLabels labels, Restorations restorations) {
		this.entityManager = entityManager;
		this.labels = labels;
		this.restorations = restorations;
	}

	/**
	 * The history of one record, deleted or not.
	 * @throws NotFoundException when no record of that kind ever had the id
	 */
	public RecordHistory history(RecordType type, long id, Locale locale) {
		List<Object[]> rows = revisions(type, id);
		if (rows.isEmpty()) {
			throw new NotFoundException("history", type.getKey() + "/" + id);
		}
		List<RecordHistory.Revision> revisions = describe(rows, AuditedFields.of(type.getEntityType()), locale);
		Object latest = rows.get(rows.size() - 1)[0];
		Object current = this.entityManager.find(type.getEntityType(), id);
		boolean deleted = revisions.get(0).kind() == ChangeKind.DELETED;
		Long restoredFrom = Restorations.restoredId(type, (PortalRevision) rows.get(0)[1]).orElse(null);
		Long restoredAs = deleted ? this.restorations.restoredAs(type, id).orElse(null) : null;
		boolean restorable = current == null && deleted && restoredAs == null && type.isContent();
		int deletedWith = restorable ? this.restorations.deletedIn(revisions.get(0).number()).size() - 1 : 0;
		return new RecordHistory(type, id, this.labels.label(latest, locale), current != null,
				(current != null) ? RecordLabels.publicPath(current) : null, restorable,
				current != null && type.isContent(), restoredFrom, restoredAs, deletedWith, revisions);
	}

	/** Each revision with the fields it changed from the one before, newest first. */
	private List<RecordHistory.Revision> describe(List<Object[]> rows, List<Field> fields, Locale locale) {
		List<RecordHistory.Revision> revisions = new ArrayList<>();
		Object previous = null;
		for (int i = 0; i < rows.size(); i++) {
			Object record = rows.get(i)[0];
			PortalRevision revision = (PortalRevision) rows.get(i)[1];
			ChangeKind kind = ChangeKind.of((RevisionType) rows.get(i)[2]);
			revisions.add(new RecordHistory.Revision(revision.getId(), revision.getUsername(),
					revision.getChangedAt().atZone(ZoneId.systemDefault()), kind,
					changes(fields, (kind == ChangeKind.CREATED) ? null : previous, record, kind, locale),
					i == rows.size() - 1));
			previous = record;
		}
		Collections.reverse(revisions);
		return revisions;
	}

	/**
	 * Every revision of the record, oldest first: the record as it was, its revision, the
	 * kind of change.
	 */
	@SuppressWarnings("unchecked")
	List<Object[]> revisions(RecordType type, long id) {
		return AuditReaderFactory.get(this.entityManager)
			.createQuery()
			.forRevisionsOfEntity(type.getEntityType(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
	}

	private List<RecordHistory.FieldChange> changes(List<Field> fields, Object before, Object after, ChangeKind kind,
			Locale locale) {
		List<RecordHistory.FieldChange> changes = new ArrayList<>();
		for (Field field : fields) {
			Object old = (before != null) ? AuditedFields.read(field, before) : null;
			Object now = AuditedFields.read(field, after);
			if (kind == ChangeKind.DELETED) {
				// The delete revision holds the last values: show them as what was lost.
				if (now != null) {
					changes.add(new RecordHistory.FieldChange(message(field, locale),
							this.labels.display(field, now, locale), null));
				}
			}
			else if (!Objects.equals(RecordLabels.comparable(old), RecordLabels.comparable(now))) {
				changes.add(new RecordHistory.FieldChange(message(field, locale),
						this.labels.display(field, old, locale), this.labels.display(field, now, locale)));
			}
		}
		return changes;
	}

	private String message(Field field, Locale locale) {
		return this.labels.fieldName(field, locale);
	}

}
