package org.natoportal.history;

import java.time.ZonedDateTime;
import java.util.List;

import org.natoportal.admin.RecordType;

/**
 * A record's history, newest revision first.
 *
 * @param title the record's name at its latest revision
 * @param exists whether the record is still stored (not deleted)
 * @param publicPath the public page showing the record, null when none does
 * @param restorable whether it was deleted and can be brought back
 * @param revertible whether staff may put an earlier version back
 * @param restoredFrom the deleted record this one was restored from, or null
 * @param restoredAs the record this deleted one was restored as, or null
 * @param deletedWith how many other records were deleted with this one, when it can be
 * restored
 */
public record RecordHistory(RecordType type, long id, String title, boolean exists, String publicPath,
		boolean restorable, boolean revertible, Long restoredFrom, Long restoredAs, int deletedWith,
		List<Revision> revisions) {

	/**
	 * One revision of the record: what happened, who did it, when, and the values that
	 * changed (all values when created, the last values when deleted).
	 */
	public record Revision(long number, String author, ZonedDateTime time, ChangeKind kind, List<FieldChange> changes,
			boolean latest) {

	}

	/** A field's value before and after the revision; null stands for empty. */
	public record FieldChange(String field, String before, String after) {

	}

}
