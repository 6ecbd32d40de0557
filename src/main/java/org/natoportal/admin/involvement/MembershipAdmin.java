package org.natoportal.admin.involvement;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.natoportal.admin.Option;
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
class MembershipAdmin extends InvolvementAdmin<Membership, MembershipForm> {

	private final MembershipRepository memberships;

	MembershipAdmin(MembershipRepository memberships, MembershipAdminRepository reads, References references) {
		super(RecordType.MEMBERSHIP, memberships, reads, references, "framework");
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
		Framework framework = this.references.framework(form.getFramework()).orElseThrow();
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
	protected Optional<Framework> entryOf(String code) {
		return this.references.framework(code);
	}

	@Override
	protected List<Option> entryOptions(Locale locale) {
		return this.references.frameworkOptions(locale);
	}

	@Override
	protected Membership build(MembershipForm form) {
		return new Membership(country(form), entryOf(form.getFramework()).orElseThrow(), start(form), end(form),
				form.getNote(), form.getSource());
	}

	@Override
	protected void apply(MembershipForm form, Membership membership) {
		membership.revise(country(form), entryOf(form.getFramework()).orElseThrow(), start(form), end(form),
				form.getNote(), form.getSource());
	}

}
