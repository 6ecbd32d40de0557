package org.natoportal.admin.involvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminRepository;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.References;
import org.natoportal.admin.Rules;
import org.natoportal.admin.Sorting;
import org.natoportal.country.Country;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;
import org.natoportal.shared.PartialDate;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What memberships and participations share in the staff area: a country in a catalogue
 * entry (the framework or programme, the attribute named {@code entry}) from a start to
 * an open or closed end, on a cited source.
 *
 * @param <E> the membership or participation
 * @param <F> its form
 * @param <C> the framework or programme
 */
abstract class InvolvementAdmin<E extends Involvement, F extends InvolvementForm, C extends CatalogueEntry>
		extends AdminArea<E, F> {

	protected final References references;

	private final String entry;

	private final Function<String, Optional<C>> entries;

	private final Function<Locale, List<Option>> entryOptions;

	/**
	 * @param entry the attribute, form field and filter naming the framework or programme
	 * @param entries finds the framework or programme by code
	 * @param entryOptions the choices of frameworks or programmes
	 */
	InvolvementAdmin(RecordType type, JpaRepository<E, Long> repository, AdminRepository<E> reads,
			References references, String entry, Function<String, Optional<C>> entries,
			Function<Locale, List<Option>> entryOptions) {
		super(type, repository, reads,
				new Sorting("country",
						Map.of("country", Sort.by("country.nameEn", "startDate"), entry,
								Sort.by(entry + ".code", "startDate"), "start", Sort.by("startDate"), "end",
								Sort.by("endDate"))));
		this.references = references;
		this.entry = entry;
		this.entries = entries;
		this.entryOptions = entryOptions;
	}

	@Override
	protected Specification<E> filter(ListQuery query) {
		Country country = query.known("country", this.references::country);
		C entry = query.known(this.entry, this.entries);
		boolean current = "current".equals(query.filter("period"));
		String text = query.getQ();
		return (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				predicates.add(ListQuery.containsText(cb, text,
						List.of(root.get("country").get("nameEn"), root.get("country").get("nameFr"),
								root.get(this.entry).get("code"), root.get("note"), root.get("noteFr"))));
			}
			if (country != null) {
				predicates.add(cb.equal(root.get("country"), country));
			}
			if (entry != null) {
				predicates.add(cb.equal(root.get(this.entry), entry));
			}
			if (current) {
				predicates.add(cb.isNull(root.get("endDate")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/** Pre-filled from the address: the country (from its page) and the entry. */
	protected F prefill(F form, Map<String, String> params) {
		this.references.fromCountryPage(params, form, form::setCountry);
		form.entryCode(params.get(this.entry));
		return form;
	}

	@Override
	public void check(F form, Long id, Errors errors) {
		References.known(form.getCountry(), this.references.country(form.getCountry()), "country", errors);
		References.known(form.entryCode(), entry(form), this.entry, errors);
		PartialDate start = Rules.date(form.getStartDate(), "startDate", errors);
		PartialDate end = Rules.date(form.getEndDate(), "endDate", errors);
		Rules.endNotBeforeStart(start, end, "endDate", errors);
	}

	/** The framework or programme the form names. */
	protected Optional<C> entry(F form) {
		return this.entries.apply(form.entryCode());
	}

	/** The country the form names, once checked. */
	protected Country country(F form) {
		return this.references.country(form.getCountry()).orElseThrow();
	}

	protected static PartialDate start(InvolvementForm form) {
		return PartialDate.parse(form.getStartDate());
	}

	protected static PartialDate end(InvolvementForm form) {
		return PartialDate.parseOrNull(form.getEndDate());
	}

	@Override
	public String label(E involvement, Locale locale) {
		return involvement.getCountry().name(locale) + " · " + involvement.getEntry().getCode() + " · "
				+ involvement.getStartDate().format(locale);
	}

	@Override
	public String publicUrl(E involvement) {
		return "/countries/" + involvement.getCountry().getSlug();
	}

	@Override
	public void addFormOptions(Model model, Locale locale) {
		model.addAttribute("countries", this.references.countryOptions(locale));
		model.addAttribute("entries", this.entryOptions.apply(locale));
	}

	@Override
	public void addListOptions(Model model, Locale locale) {
		addFormOptions(model, locale);
	}

}
