package org.natoportal.admin.involvement;

import java.util.Map;
import java.util.Objects;

import org.natoportal.admin.RecordType;
import org.natoportal.admin.References;
import org.natoportal.admin.Rules;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.shared.PartialDate;

import org.springframework.stereotype.Service;
import org.springframework.validation.Errors;

/**
 * Framework memberships in the staff area. A country cannot be a member of one framework
 * twice at the same time: a new or edited period that overlaps another is refused.
 */
@Service
class MembershipAdmin extends InvolvementAdmin<Membership, MembershipForm, Framework> {

	private final MembershipRepository memberships;

	MembershipAdmin(MembershipRepository memberships, MembershipAdminRepository reads, References references) {
		super(RecordType.MEMBERSHIP, memberships, reads, references, "framework", references::framework,
				references::frameworkOptions);
		this.memberships = memberships;
	}

	@Override
	public MembershipForm newForm(Map<String, String> params) {
		return prefill(new MembershipForm(), params);
	}

	@Override
	public MembershipForm formOf(Membership membership) {
		return MembershipForm.from(membership);
	}

	@Override
	public void check(MembershipForm form, Long id, Errors errors) {
		super.check(form, id, errors);
		if (errors.hasErrors()) {
			return;
		}
		Country country = country(form);
		Framework framework = entry(form).orElseThrow();
		PartialDate start = start(form);
		PartialDate end = end(form);
		boolean overlaps = this.memberships.findByCountryOrderByStartDateAsc(country)
			.stream()
			.filter((other) -> !Objects.equals(other.getId(), id))
			.filter((other) -> other.getFramework().getId().equals(framework.getId()))
			.anyMatch((other) -> Rules.overlap(start, end, other.getStartDate(), other.getEndDate()));
		if (overlaps) {
			errors.rejectValue("startDate", "admin.error.overlap");
		}
	}

	@Override
	protected Membership build(MembershipForm form) {
		return new Membership(country(form), entry(form).orElseThrow(), start(form), end(form), form.getNoteEn(),
				form.getNoteFr(), form.getSource());
	}

	@Override
	protected void apply(MembershipForm form, Membership membership) {
		membership.revise(country(form), entry(form).orElseThrow(), start(form), end(form), form.getNoteEn(),
				form.getNoteFr(), form.getSource());
	}

}
