package org.natoportal.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.natoportal.system.NotFoundException;

import org.springframework.stereotype.Component;

/**
 * Brings back everything one revision deleted, such as a country deleted with its
 * memberships and events. Each record is restored in its own transaction, referred-to
 * records first, so one record that cannot come back does not hold back the others.
 */
@Component
class RevisionRestore {

	private final Restorations restorations;

	private final RestoreService restore;

	RevisionRestore(Restorations restorations, RestoreService restore) {
		this.restorations = restorations;
		this.restore = restore;
	}

	/**
	 * @throws NotFoundException when the revision deleted nothing staff may restore
	 */
	Outcome restoreAll(long revision, Locale locale) {
		List<Restorations.DeletedRecord> deleted = this.restorations.deletedIn(revision);
		if (deleted.isEmpty()) {
			throw new NotFoundException("history", "changes/" + revision);
		}
		int restored = 0;
		List<RestoreRefusedException> refusals = new ArrayList<>();
		for (Restorations.DeletedRecord record : deleted) {
			if (this.restorations.restoredAs(record.type(), record.id()).isPresent()) {
				continue;
			}
			try {
				this.restore.restore(record.type(), record.id(), locale);
				restored++;
			}
			catch (RestoreRefusedException ex) {
				refusals.add(ex);
			}
		}
		return new Outcome(restored, refusals);
	}

	/** How many records came back, and why the others did not. */
	record Outcome(int restored, List<RestoreRefusedException> refusals) {

	}

}
