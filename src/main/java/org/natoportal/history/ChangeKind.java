package org.natoportal.history;

import org.hibernate.envers.RevisionType;

/**
 * What a revision did to a record; labelled from the bundles as {@code history.kind.*}.
 */
public enum ChangeKind {

	CREATED, CHANGED, DELETED;

	static ChangeKind of(RevisionType type) {
		return switch (type) {
			case ADD -> CREATED;
			case MOD -> CHANGED;
			case DEL -> DELETED;
		};
	}

	/** The {@code revtype} column value Envers stores. */
	static ChangeKind of(int revtype) {
		return of(RevisionType.fromRepresentation((byte) revtype));
	}

}
