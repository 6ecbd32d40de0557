package org.natoportal.admin.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.natoportal.admin.AdminArea;
import org.natoportal.admin.AdminRepository;
import org.natoportal.admin.Dependent;
import org.natoportal.admin.ListQuery;
import org.natoportal.admin.RecordType;
import org.natoportal.admin.Rules;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;
import org.natoportal.timeline.TimelineEvent;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.validation.Errors;

/**
 * What frameworks and programmes share in the staff area. Countries' memberships or
 * participations in an entry go with it only on a confirmed cascade; events linked to it
 * are kept, without the link.
 */
abstract class CatalogueAdmin<E extends CatalogueEntry, F extends CatalogueForm> extends AdminArea<E, F> {

	private final AdminRepository<E> reads;

	private final RecordType involvementType;

	private final String yearAttribute;

	CatalogueAdmin(RecordType type, JpaRepository<E, Long> repository, AdminRepository<E> reads,
			RecordType involvementType, String yearAttribute) {
		super(type, repository);
		this.reads = reads;
		this.involvementType = involvementType;
		this.yearAttribute = yearAttribute;
	}

	@Override
	public Page<E> search(ListQuery query) {
		String text = query.getQ();
		Specification<E> specification = (root, cq, cb) -> (text != null)
				? ListQuery.containsText(cb, text, List.of(root.get("code"), root.get("nameEn"), root.get("nameFr")))
				: null;
		Map<String, Sort> sorts = Map.of("code", Sort.by("code"), "name", Sort.by("nameEn"), "year",
				Sort.by(this.yearAttribute, "code"), "updated", Sort.by("updatedAt"));
		return this.reads.findAll(specification, query.pageable(sorts, "code"));
	}

	@Override
	public void check(F form, Long id, Errors errors) {
		if (form.getCode() != null && this.reads.exists(Rules.sameValueElsewhere("code", form.getCode(), id))) {
			errors.rejectValue("code", "admin.error.taken");
		}
	}

	@Override
	public String label(E entry, Locale locale) {
		return entry.getCode() + " — " + entry.name(locale);
	}

	@Override
	public List<Dependent> dependents(E entry) {
		List<Dependent> dependents = new ArrayList<>();
		List<? extends Involvement> involvements = involvements(entry);
		if (!involvements.isEmpty()) {
			dependents.add(Dependent.deleted(this.involvementType,
					involvements.stream().map((i) -> i.getCountry().getNameEn() + " " + i.getStartDate()).toList()));
		}
		List<TimelineEvent> events = events(entry);
		if (!events.isEmpty()) {
			dependents
				.add(Dependent.unlinked(RecordType.EVENT, events.stream().map(TimelineEvent::getTitleEn).toList()));
		}
		return dependents;
	}

	@Override
	protected void removeDependents(E entry) {
		deleteInvolvements(entry);
		events(entry).forEach(this::unlink);
	}

	protected abstract List<? extends Involvement> involvements(E entry);

	protected abstract void deleteInvolvements(E entry);

	protected abstract List<TimelineEvent> events(E entry);

	protected abstract void unlink(TimelineEvent event);

}
