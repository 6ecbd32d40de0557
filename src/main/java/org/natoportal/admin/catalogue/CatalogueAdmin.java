package org.natoportal.admin.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminRepository;
import org.natoportal.admin.Dependent;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Sorting;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;
import org.natoportal.timeline.TimelineEvent;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.validation.Errors;

/**
 * What frameworks and programmes share in the staff area. Countries' memberships or
 * participations in an entry go with it only on a confirmed cascade; events linked to it
 * are kept, without the link.
 *
 * @param <E> the framework or programme
 * @param <F> its form
 * @param <I> the membership or participation in it
 */
abstract class CatalogueAdmin<E extends CatalogueEntry, F extends CatalogueForm<E>, I extends Involvement>
		extends AdminArea<E, F> {

	private final Supplier<F> emptyForm;

	private final Function<E, F> formOf;

	private final Uses<E, I> uses;

	CatalogueAdmin(RecordType type, JpaRepository<E, Long> repository, AdminRepository<E> reads, String yearAttribute,
			Supplier<F> emptyForm, Function<E, F> formOf, Uses<E, I> uses) {
		super(type, repository, reads, new Sorting("code", Map.of("code", Sort.by("code"), "name", Sort.by("nameEn"),
				"year", Sort.by(yearAttribute, "code"), "updated", Sort.by("updatedAt"))));
		this.emptyForm = emptyForm;
		this.formOf = formOf;
		this.uses = uses;
	}

	@Override
	protected Specification<E> filter(ListQuery query) {
		String text = query.getQ();
		return (root, cq, cb) -> (text != null)
				? ListQuery.containsText(cb, text, List.of(root.get("code"), root.get("nameEn"), root.get("nameFr")))
				: null;
	}

	@Override
	public F newForm(Map<String, String> params) {
		return this.emptyForm.get();
	}

	@Override
	public F formOf(E entry) {
		return this.formOf.apply(entry);
	}

	@Override
	public void check(F form, Long id, Errors errors) {
		if (taken("code", form.getCode(), id)) {
			errors.rejectValue("code", "admin.error.taken");
		}
	}

	@Override
	public String label(E entry, Locale locale) {
		return entry.getCode() + " — " + entry.name(locale);
	}

	/** The public pages of frameworks and programmes share their admin area's key. */
	@Override
	public String publicUrl(E entry) {
		return "/" + type().getKey() + "/" + entry.getSlug();
	}

	@Override
	public List<Dependent> dependents(E entry, Locale locale) {
		List<Dependent> dependents = new ArrayList<>();
		List<I> involvements = this.uses.involvements().apply(entry);
		if (!involvements.isEmpty()) {
			dependents.add(Dependent.deleted(this.uses.type(),
					involvements.stream().map((i) -> i.getCountry().name(locale) + " " + i.getStartDate()).toList()));
		}
		List<TimelineEvent> events = this.uses.events().apply(entry);
		if (!events.isEmpty()) {
			dependents.add(Dependent.unlinked(RecordType.EVENT, events.stream().map((e) -> e.title(locale)).toList()));
		}
		return dependents;
	}

	@Override
	protected void removeDependents(E entry) {
		this.uses.repository().deleteAll(this.uses.involvements().apply(entry));
		this.uses.events().apply(entry).forEach(this.uses.unlink());
	}

	@Override
	protected E build(F form) {
		return form.create();
	}

	@Override
	protected void apply(F form, E entry) {
		form.applyTo(entry);
	}

	/**
	 * How countries and events use an entry: its memberships or participations (their
	 * kind, repository and lookup), the events linked to it and how to remove that link.
	 */
	record Uses<E, I>(RecordType type, JpaRepository<I, Long> repository, Function<E, List<I>> involvements,
			Function<E, List<TimelineEvent>> events, Consumer<TimelineEvent> unlink) {
	}

}
