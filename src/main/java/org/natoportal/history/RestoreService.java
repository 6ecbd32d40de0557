package org.natoportal.history;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.exception.ConstraintViolationException;
import org.natoportal.admin.RecordType;
import org.natoportal.shared.BaseEntity;
import org.natoportal.system.NotFoundException;

import org.springframework.beans.BeanUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a deleted record back with its last values, or puts an earlier version of a
 * record back. Either is an ordinary change, recorded as a new revision by whoever asks.
 */
@Service
@Transactional
public class RestoreService {

	private final EntityManager entityManager;

	private final HistoryService history;

	private final RecordLabels labels;

	private final Restorations restorations;

	RestoreService(EntityManager entityManager, HistoryService history, RecordLabels labels,
			Restorations restorations) {
		this.entityManager = entityManager;
		this.history = history;
		this.labels = labels;
		this.restorations = restorations;
	}

	/**
	 * Stores again a deleted record, as a new record (with a new id) holding the values
	 * it had when deleted.
	 * @return the id of the restored record
	 * @throws RestoreRefusedException when the record still exists, was not deleted, or
	 * refers to a record that is gone
	 */
	public long restore(RecordType type, long id, Locale locale) {
		refuseStaffAccounts(type);
		List<Object[]> revisions = this.history.revisions(type, id);
		if (revisions.isEmpty()) {
			throw new NotFoundException("history", type.getKey() + "/" + id);
		}
		Object[] latest = revisions.get(revisions.size() - 1);
		if (latest[2] != RevisionType.DEL || this.entityManager.find(type.getEntityType(), id) != null) {
			throw new RestoreRefusedException("history.restore.notDeleted");
		}
		if (this.restorations.restoredAs(type, id).isPresent()) {
			throw new RestoreRefusedException("history.restore.already");
		}
		BaseEntity restored = BeanUtils.instantiateClass(type.getEntityType());
		copyValues(type, latest[0], restored, locale);
		// Sign this transaction's revision before it is written at commit.
		AuditReaderFactory.get(this.entityManager)
			.getCurrentRevision(PortalRevision.class, false)
			.setRestoredFrom(Restorations.key(type, id));
		this.entityManager.persist(restored);
		flush();
		return restored.getId();
	}

	/**
	 * Gives an existing record the values it had after the given revision.
	 * @throws NotFoundException when the record does not exist or the revision is not one
	 * of its versions
	 */
	public void revert(RecordType type, long id, long revision, Locale locale) {
		refuseStaffAccounts(type);
		BaseEntity current = this.entityManager.find(type.getEntityType(), id);
		Object version = (current != null)
				? AuditReaderFactory.get(this.entityManager).find(type.getEntityType(), id, revision) : null;
		if (version == null) {
			throw new NotFoundException("history", type.getKey() + "/" + id + "@" + revision);
		}
		copyValues(type, version, current, locale);
		flush();
	}

	/**
	 * Staff accounts have no password in history: they are created again, not restored.
	 */
	private static void refuseStaffAccounts(RecordType type) {
		if (!type.isContent()) {
			throw new RestoreRefusedException("history.restore.staffAccount");
		}
	}

	/** Copies every audited value, pointing relations at the records stored now. */
	private void copyValues(RecordType type, Object from, BaseEntity to, Locale locale) {
		for (Field field : AuditedFields.of(type.getEntityType())) {
			Object value = AuditedFields.read(field, from);
			if (value != null && AuditedFields.isRelation(field)) {
				value = stored(field.getType(), (BaseEntity) value, locale);
			}
			AuditedFields.write(field, to, value);
		}
	}

	/**
	 * The stored record a relation should point to: the record itself, or what it was
	 * restored as (following restores of restores) after it was deleted.
	 */
	private Object stored(Class<?> relatedType, BaseEntity related, Locale locale) {
		RecordType type = RecordType.of(relatedType).orElseThrow();
		Long id = RecordLabels.idOf(related);
		for (int hops = 0; id != null && hops < 100; hops++) {
			Object stored = this.entityManager.find(relatedType, id);
			if (stored != null) {
				return stored;
			}
			id = this.restorations.restoredAs(type, id).orElse(null);
		}
		throw new RestoreRefusedException("history.restore.relationGone", this.labels.label(related, locale));
	}

	/**
	 * Writes now, so that a clash with a record stored since (same code or slug) is
	 * refused here.
	 */
	private void flush() {
		try {
			this.entityManager.flush();
		}
		catch (ConstraintViolationException ex) {
			throw new RestoreRefusedException("history.restore.conflict");
		}
	}

}
