package org.natoportal.history;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One committed change set: who made it and when. Every create, update and delete of an
 * audited record in the same transaction shares one revision.
 */
@Entity
@RevisionEntity(StaffRevisionListener.class)
public class PortalRevision {

	/**
	 * Allocation 1: revisions come one per transaction, and readers see their numbers.
	 */
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_revision_seq")
	@SequenceGenerator(name = "portal_revision_seq", allocationSize = 1)
	@RevisionNumber
	private Long id;

	@RevisionTimestamp
	@Column(name = "changed_at")
	private Instant changedAt;

	/**
	 * The signed-in staff member, or {@value StaffRevisionListener#SYSTEM} for imports.
	 */
	private String username;

	/**
	 * The deleted record ({@code countries/123}) this revision restored as a new record,
	 * so that its history and the records that referred to it can find it again.
	 */
	private String restoredFrom;

	public Long getId() {
		return this.id;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

	public String getUsername() {
		return this.username;
	}

	void setUsername(String username) {
		this.username = username;
	}

	public String getRestoredFrom() {
		return this.restoredFrom;
	}

	void setRestoredFrom(String restoredFrom) {
		this.restoredFrom = restoredFrom;
	}

}
