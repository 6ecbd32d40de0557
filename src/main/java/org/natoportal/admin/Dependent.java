package org.natoportal.admin;

import java.util.List;

/**
 * Records of one kind that refer to a record about to be deleted: how many, the first few
 * by name, and whether a confirmed cascade deletes them or only removes their link.
 */
public record Dependent(RecordType type, long count, List<String> names, boolean unlinked) {

	private static final int NAMES_SHOWN = 12;

	public static Dependent deleted(RecordType type, List<String> names) {
		return new Dependent(type, names.size(), names.stream().limit(NAMES_SHOWN).toList(), false);
	}

	public static Dependent unlinked(RecordType type, List<String> names) {
		return new Dependent(type, names.size(), names.stream().limit(NAMES_SHOWN).toList(), true);
	}

	public boolean isMore() {
		return this.count > this.names.size();
	}

}
