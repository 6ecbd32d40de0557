package org.natoportal.account;

import org.springframework.data.domain.Sort;

/**
 * The orders of the staff account list. A fixed list rather than Spring Data's
 * {@code ?sort=property}, which would let anyone sort by, and so probe, any column.
 */
public enum StaffAccountSort {

	USERNAME(Sort.by("username")),

	NAME(Sort.by(Sort.Order.asc("displayName").nullsLast(), Sort.Order.asc("username"))),

	ROLE(Sort.by(Sort.Order.asc("role"), Sort.Order.asc("username"))),

	UPDATED(Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.asc("username")));

	private final Sort sort;

	StaffAccountSort(Sort sort) {
		this.sort = sort;
	}

	Sort sort() {
		return this.sort;
	}

}
