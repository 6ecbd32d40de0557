package org.natoportal.admin.catalogue;

import org.natoportal.admin.RecordType;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Service;

/** Partnership frameworks in the staff area. */
@Service
class FrameworkAdmin extends CatalogueAdmin<Framework, FrameworkForm, Membership> {

	FrameworkAdmin(FrameworkRepository frameworks, FrameworkAdminRepository reads, MembershipRepository memberships,
			TimelineEventRepository events) {
		super(RecordType.FRAMEWORK, frameworks, reads, "establishedYear", FrameworkForm::new, FrameworkForm::from,
				new Uses<>(RecordType.MEMBERSHIP, memberships, memberships::findByFrameworkOrderByStartDateAscIdAsc,
						events::findByFrameworkOrderByDateAscIdAsc,
						(event) -> event.linkTo(null, event.getProgramme())));
	}

}
