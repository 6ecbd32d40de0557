package org.natoportal.admin;

import java.util.List;

import org.natoportal.shared.PartialDate;

/** A record listed on its parent's edit page, with the dates that tell it apart. */
public record Child(long id, String name, PartialDate start, PartialDate end) {

	/** The records of one kind under a parent, and the kind's admin area key. */
	public record Group(RecordType type, List<Child> children) {

		public String getKey() {
			return this.type.getKey();
		}

	}

}
