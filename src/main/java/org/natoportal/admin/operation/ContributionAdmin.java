package org.natoportal.admin.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Sorting;
import org.natoportal.admin.References;
import org.natoportal.admin.Rules;
import org.natoportal.country.Country;
import org.natoportal.operation.Contribution;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.shared.PartialDate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/** Contributions to NATO-led operations in the staff area. */
@Service
class ContributionAdmin extends AdminArea<Contribution, ContributionForm> {

	private static final Sorting SORTING = new Sorting("country",
			Map.of("country", Sort.by("country.nameEn", "startDate"), "operation", Sort.by("operation", "startDate"),
					"start", Sort.by("startDate"), "personnel", Sort.by("peakPersonnel")));

	private final References references;

	ContributionAdmin(ContributionRepository contributions, ContributionAdminRepository reads, References references) {
		super(RecordType.CONTRIBUTION, contributions, reads, SORTING);
		this.references = references;
	}

	@Override
	protected Specification<Contribution> filter(ListQuery query) {
		Country country = query.known("country", this.references::country);
		String text = query.getQ();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				predicates.add(ListQuery.containsText(cb, text, List.of(root.get("operation"), root.get("operationFr"),
						root.get("country").get("nameEn"), root.get("country").get("nameFr"))));
			}
			if (country != null) {
				predicates.add(cb.equal(root.get("country"), country));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	@Override
	public ContributionForm newForm(Map<String, String> params) {
		ContributionForm form = new ContributionForm();
		this.references.fromCountryPage(params, form, form::setCountry);
		return form;
	}

	@Override
	public ContributionForm formOf(Contribution contribution) {
		return ContributionForm.from(contribution);
	}

	@Override
	public void check(ContributionForm form, Long id, Errors errors) {
		References.known(form.getCountry(), this.references.country(form.getCountry()), "country", errors);
		PartialDate start = Rules.date(form.getStartDate(), "startDate", errors);
		PartialDate end = Rules.date(form.getEndDate(), "endDate", errors);
		Rules.endNotBeforeStart(start, end, "endDate", errors);
	}

	@Override
	public String label(Contribution contribution, Locale locale) {
		return contribution.getCountry().name(locale) + " · " + contribution.operation(locale);
	}

	@Override
	public String publicUrl(Contribution contribution) {
		return "/countries/" + contribution.getCountry().getSlug();
	}

	@Override
	public void addFormOptions(Model model, Locale locale) {
		model.addAttribute("countries", this.references.countryOptions(locale));
	}

	@Override
	public void addListOptions(Model model, Locale locale) {
		addFormOptions(model, locale);
	}

	@Override
	protected Contribution build(ContributionForm form) {
		return new Contribution(country(form), form.getOperationEn(), form.getOperationFr(),
				PartialDate.parseOrNull(form.getStartDate()), PartialDate.parseOrNull(form.getEndDate()),
				form.getPeakPersonnel(), form.getSource());
	}

	@Override
	protected void apply(ContributionForm form, Contribution contribution) {
		contribution.revise(country(form), form.getOperationEn(), form.getOperationFr(),
				PartialDate.parseOrNull(form.getStartDate()), PartialDate.parseOrNull(form.getEndDate()),
				form.getPeakPersonnel(), form.getSource());
	}

	private Country country(ContributionForm form) {
		return this.references.country(form.getCountry()).orElseThrow();
	}

}
