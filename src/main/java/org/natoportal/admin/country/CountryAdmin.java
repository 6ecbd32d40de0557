package org.natoportal.admin.country;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.Child;
import org.natoportal.admin.Dependent;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Sorting;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.country.CountryStatus;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.Contribution;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.system.InvalidFilterException;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * Partner countries in the staff area. A country's memberships, participations, events
 * and contributions are shown on its edit page and go with it only on a confirmed
 * cascade.
 */
@Service
class CountryAdmin extends AdminArea<Country, CountryForm> {

	private static final Sorting SORTING = new Sorting("name",
			Map.of("name", Sort.by("nameEn"), "iso3", Sort.by("iso3"), "region", Sort.by("region", "nameEn"), "status",
					Sort.by("status", "nameEn"), "updated", Sort.by("updatedAt")));

	private final CountryRepository countries;

	private final MembershipRepository memberships;

	private final ParticipationRepository participations;

	private final TimelineEventRepository events;

	private final ContributionRepository contributions;

	CountryAdmin(CountryRepository countries, CountryAdminRepository reads, MembershipRepository memberships,
			ParticipationRepository participations, TimelineEventRepository events,
			ContributionRepository contributions) {
		super(RecordType.COUNTRY, countries, reads, SORTING);
		this.countries = countries;
		this.memberships = memberships;
		this.participations = participations;
		this.events = events;
		this.contributions = contributions;
	}

	@Override
	protected Specification<Country> filter(ListQuery query) {
		String region = query.filter("region");
		if (region != null && !this.countries.findRegions().contains(region)) {
			throw new InvalidFilterException("region", region);
		}
		CountryStatus status = status(query.filter("status"));
		String text = query.getQ();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				predicates.add(ListQuery.containsText(cb, text,
						List.of(root.get("nameEn"), root.get("nameFr"), root.get("iso3"), root.get("slug"))));
			}
			if (region != null) {
				predicates.add(cb.equal(root.get("region"), region));
			}
			if (status != null) {
				predicates.add(cb.equal(root.get("status"), status));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static CountryStatus status(String value) {
		if (value == null) {
			return null;
		}
		return Arrays.stream(CountryStatus.values())
			.filter((s) -> s.name().equalsIgnoreCase(value))
			.findFirst()
			.orElseThrow(() -> new InvalidFilterException("status", value));
	}

	@Override
	public CountryForm newForm(Map<String, String> params) {
		return new CountryForm();
	}

	@Override
	public CountryForm formOf(Country country) {
		return CountryForm.from(country);
	}

	@Override
	public void check(CountryForm form, Long id, Errors errors) {
		if (taken("iso3", form.getIso3(), id)) {
			errors.rejectValue("iso3", "admin.error.taken");
		}
		if (taken("slug", form.getSlug(), id)) {
			errors.rejectValue("slug", "admin.error.taken");
		}
		if (form.getRegion() != null && !this.countries.findRegions().contains(form.getRegion())) {
			errors.rejectValue("region", "admin.error.unknown");
		}
	}

	@Override
	public String label(Country country, Locale locale) {
		return country.name(locale);
	}

	@Override
	public String publicUrl(Country country) {
		return "/countries/" + country.getSlug();
	}

	@Override
	public void addFormOptions(Model model, Locale locale) {
		model.addAttribute("regions", regionOptions());
		model.addAttribute("statuses", statusOptions());
	}

	@Override
	public void addListOptions(Model model, Locale locale) {
		addFormOptions(model, locale);
	}

	private List<Option> regionOptions() {
		return this.countries.findRegions().stream().map((r) -> Option.keyed(r, "region." + r)).toList();
	}

	private static List<Option> statusOptions() {
		return Arrays.stream(CountryStatus.values())
			.map((s) -> Option.keyed(s.name(), "CountryStatus." + s.name()))
			.toList();
	}

	@Override
	public void addEditDetails(Country country, Model model, Locale locale) {
		model.addAttribute(
				"groups", List.of(
						new Child.Group(RecordType.MEMBERSHIP, this.memberships
							.findByCountryOrderByStartDateAsc(country)
							.stream()
							.map((m) -> new Child(m.getId(), m.getFramework().name(locale), m.getStartDate(),
									m.getEndDate()))
							.toList()),
						new Child.Group(RecordType.PARTICIPATION,
								this.participations.findByCountryOrderByStartDateAsc(country)
									.stream()
									.map((p) -> new Child(p.getId(), p.getProgramme().name(locale), p.getStartDate(),
											p.getEndDate()))
									.toList()),
						new Child.Group(
								RecordType.EVENT,
								this.events
									.findByCountryOrderByDateAscIdAsc(country)
									.stream()
									.map((e) -> new Child(e.getId(), e.title(locale), e.getDate(), null))
									.toList()),
						new Child.Group(RecordType.CONTRIBUTION, this.contributions
							.findByCountryOrderByStartDateAscOperationAsc(country)
							.stream()
							.map((c) -> new Child(c.getId(), c.getOperation(), c.getStartDate(), c.getEndDate()))
							.toList())));
	}

	@Override
	public List<Dependent> dependents(Country country) {
		List<Dependent> dependents = new ArrayList<>();
		List<Membership> memberships = this.memberships.findByCountryOrderByStartDateAsc(country);
		List<Participation> participations = this.participations.findByCountryOrderByStartDateAsc(country);
		List<TimelineEvent> events = this.events.findByCountryOrderByDateAscIdAsc(country);
		List<Contribution> contributions = this.contributions.findByCountryOrderByStartDateAscOperationAsc(country);
		if (!memberships.isEmpty()) {
			dependents.add(Dependent.deleted(RecordType.MEMBERSHIP,
					memberships.stream().map((m) -> m.getFramework().getCode() + " " + m.getStartDate()).toList()));
		}
		if (!participations.isEmpty()) {
			dependents.add(Dependent.deleted(RecordType.PARTICIPATION,
					participations.stream().map((p) -> p.getProgramme().getCode() + " " + p.getStartDate()).toList()));
		}
		if (!events.isEmpty()) {
			dependents
				.add(Dependent.deleted(RecordType.EVENT, events.stream().map(TimelineEvent::getTitleEn).toList()));
		}
		if (!contributions.isEmpty()) {
			dependents.add(Dependent.deleted(RecordType.CONTRIBUTION,
					contributions.stream().map(Contribution::getOperation).toList()));
		}
		return dependents;
	}

	@Override
	protected void removeDependents(Country country) {
		this.memberships.deleteAll(this.memberships.findByCountryOrderByStartDateAsc(country));
		this.participations.deleteAll(this.participations.findByCountryOrderByStartDateAsc(country));
		this.events.deleteAll(this.events.findByCountryOrderByDateAscIdAsc(country));
		this.contributions.deleteAll(this.contributions.findByCountryOrderByStartDateAscOperationAsc(country));
	}

	@Override
	protected Country build(CountryForm form) {
		return form.toCountry();
	}

	@Override
	protected void apply(CountryForm form, Country country) {
		form.applyTo(country);
	}

}
