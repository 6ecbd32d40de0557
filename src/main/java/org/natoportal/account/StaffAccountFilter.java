package org.natoportal.account;

import java.util.Locale;

import org.natoportal.shared.LikePattern;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;

/**
 * The query of the staff account list: text in the username or display name, a role, an
 * order and a page (from 1). Every part is optional.
 */
public record StaffAccountFilter(String q, StaffRole role, StaffAccountSort sort, Integer page) {

	static final int PAGE_SIZE = 20;

	public StaffAccountSort sortOrDefault() {
		return (this.sort != null) ? this.sort : StaffAccountSort.USERNAME;
	}

	Pageable pageable() {
		int index = (this.page != null && this.page > 0) ? this.page - 1 : 0;
		return PageRequest.of(index, PAGE_SIZE, sortOrDefault().sort());
	}

	Specification<StaffAccount> specification() {
		Specification<StaffAccount> matching = Specification.unrestricted();
		if (this.role != null) {
			matching = matching.and((account, query, criteria) -> criteria.equal(account.get("role"), this.role));
		}
		if (this.q != null && !this.q.isBlank()) {
			String pattern = LikePattern.containing(this.q.strip().toLowerCase(Locale.ROOT));
			matching = matching.and((account, query, criteria) -> criteria.or(
					criteria.like(criteria.lower(account.get("username")), pattern, LikePattern.ESCAPE),
					criteria.like(criteria.lower(account.get("displayName")), pattern, LikePattern.ESCAPE)));
		}
		return matching;
	}

}
