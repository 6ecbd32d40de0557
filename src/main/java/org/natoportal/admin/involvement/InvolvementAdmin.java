package org.natoportal.admin.involvement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;
import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminRepository;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.Option;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.References;
import org.natoportal.admin.Rules;
import org.natoportal.country.Country;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;
import org.natoportal.shared.PartialDate;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What memberships and participations share in the staff area: a country in a catalogue
 * entry (the framework or programme, named by the attribute {@code entry}) from a start
 * to an open or closed end, on a cited source.
 */
abstract class InvolvementAdmin<E extends Involvement, F extends InvolvementForm> extends AdminArea<E, F> {

	private final AdminRepository<E> reads;

	private final String entry;

	protected final References references;

	InvolvementAdmin(RecordType type, JpaRepository<E, Long> repository, AdminRepository<E> reads,
			References references, String entry) {
		super(type, repository);
		this.reads = reads;
		this.references = references;
		this.entry = entry;
	}

	@Override
	public Page<E> search(ListQuery query) {
		Country country = query.known("country", this.references::country);
		CatalogueEntry entry = query.known(this.entry, this::entryOf);
		boolean current = "current".equals(query.filter("period"));
		String text = query.getQ();
		Specification<E> specification = (root, cq, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				predicates.add(ListQuery.containsText(cb, text, List.of(root.get("country").get("nameEn"),
						root.get("country").get("nameFr"), root.get(this.entry).get("code"), root.get("note"))));
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
		Map<String, Sort> sorts = Map.of("country", Sort.by("country.nameEn", "startDate"), this.entry,
				Sort.by(this.entry + ".code", "startDate"), "start", Sort.by("startDate"), "end", Sort.by("endDate"));
		return this.reads.findAll(specification, query.pageable(sorts, "country"));
	}

	@Override
	public E get(long id) {
		return this.reads.findWithReferencesById(id).orElseGet(() -> load(id));
	}

	/** Pre-filled from the country page: saving goes back there. */
	protected F prefill(F form, Map<String, String> params) {
		this.references.fromCountryPage(params, form, form::setCountry);
		form.entryCode(params.get(this.entry));
		return form;
	}

	@Override
	public void check(F form, Long id, Errors errors) {
		References.known(form.getCountry(), this.references.country(form.getCountry()), "country", errors);
		References.known(form.entryCode(), entryOf(form), this.entry, errors);
		PartialDate start = Rules.date(form.getStartDate(), "startDate", errors);
		PartialDate end = Rules.date(form.getEndDate(), "endDate", errors);
		Rules.endNotBeforeStart(start, end, "endDate", errors);
	}

	private Optional<? extends CatalogueEntry> entryOf(F form) {
		return entryOf(form.entryCode());
	}

	protected abstract Optional<? extends CatalogueEntry> entryOf(String code);

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
		model.addAttribute("entries", entryOptions(locale));
	}

	@Override
	public void addListOptions(Model model, Locale locale) {
		addFormOptions(model, locale);
	}

	protected abstract List<Option> entryOptions(Locale locale);

}
