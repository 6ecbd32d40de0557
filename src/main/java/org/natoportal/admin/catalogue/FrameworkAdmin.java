package org.natoportal.admin.catalogue;

import java.util.List;
import java.util.Map;

import org.natoportal.admin.RecordType;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Service;

/** Partnership frameworks in the staff area. */
@Service
class FrameworkAdmin extends CatalogueAdmin<Framework, FrameworkForm> {

	private final MembershipRepository memberships;

	private final TimelineEventRepository events;

	FrameworkAdmin(FrameworkRepository frameworks, FrameworkAdminRepository reads, MembershipRepository memberships,
			TimelineEventRepository events) {
		super(RecordType.FRAMEWORK, frameworks, reads, RecordType.MEMBERSHIP, "establishedYear");
		this.memberships = memberships;
		this.events = events;
	}

	@Override
	public FrameworkForm newForm(Map<String, String> params) {
		return new FrameworkForm();
	}

	@Override
	public FrameworkForm formOf(Framework framework) {
		return FrameworkForm.from(framework);
	}

	@Override
	public String publicUrl(Framework framework) {
		return "/frameworks/" + framework.getSlug();
	}

	@Override
	protected List<Membership> involvements(Framework framework) {
		return this.memberships.findByFrameworkOrderByStartDateAscIdAsc(framework);
	}

	@Override
	protected void deleteInvolvements(Framework framework) {
		this.memberships.deleteAll(involvements(framework));
	}

	@Override
	protected List<TimelineEvent> events(Framework framework) {
		return this.events.findByFrameworkOrderByDateAscIdAsc(framework);
	}

	@Override
	protected void unlink(TimelineEvent event) {
		event.linkTo(null, event.getProgramme());
	}

	@Override
	protected Framework build(FrameworkForm form) {
		return form.toFramework();
	}

	@Override
	protected void apply(FrameworkForm form, Framework framework) {
		form.applyTo(framework);
	}

}
