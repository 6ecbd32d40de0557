package org.natoportal.admin.country;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.Dependent;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Sorting;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.country.CountryStatus;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.system.InvalidFilterException;
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
		model.addAttribute("groups", records(country).groups(locale));
	}

	@Override
	public List<Dependent> dependents(Country country, Locale locale) {
		return records(country).dependents(locale);
	}

	@Override
	protected void removeDependents(Country country) {
		CountryRecords records = records(country);
		this.memberships.deleteAll(records.memberships());
		this.participations.deleteAll(records.participations());
		this.events.deleteAll(records.events());
		this.contributions.deleteAll(records.contributions());
	}

	private CountryRecords records(Country country) {
		return new CountryRecords(this.memberships.findByCountryOrderByStartDateAsc(country),
				this.participations.findByCountryOrderByStartDateAsc(country),
				this.events.findByCountryOrderByDateAscIdAsc(country),
				this.contributions.findByCountryOrderByStartDateAscOperationAsc(country));
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
