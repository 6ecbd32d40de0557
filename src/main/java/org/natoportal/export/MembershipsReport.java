package org.natoportal.export;

import org.natoportal.framework.Membership;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.FilterValues;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Who belongs or belonged to which framework, and when. */
@Component
@Order(2)
class MembershipsReport extends InvolvementReport<Membership> {

	MembershipsReport(FilterValues values) {
		super(Membership.class, "framework", values);
	}

	@Override
	public String name() {
		return "framework-memberships";
	}

	@Override
	public String example() {
		return "framework=pfp&current=true";
	}

	@Override
	CatalogueEntry resolveEntry(FilterValues values, String code) {
		return values.framework("framework", code);
	}

}
