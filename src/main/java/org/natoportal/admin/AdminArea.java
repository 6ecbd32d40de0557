package org.natoportal.admin;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.natoportal.shared.BaseEntity;
import org.natoportal.system.NotFoundException;

import org.springframework.data.domain.Page;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;

/**
 * What the admin pages need to know about one kind of record: how to list, check, store
 * and delete it. Each subclass is the service of its area; the shared steps (version
 * check, JPA removal so that history sees every delete) live here once.
 *
 * @param <E> the entity
 * @param <F> its form
 */
@Transactional(readOnly = true)
public abstract class AdminArea<E extends BaseEntity, F extends AdminForm> {

	private final RecordType type;

	private final JpaRepository<E, Long> repository;

	private final AdminRepository<E> reads;

	private final Sorting sorting;

	/**
	 * @param repository the entity's repository, for writes
	 * @param reads the admin reads, with the fetch plans of the admin pages
	 * @param sorting the list's sortable columns
	 */
	protected AdminArea(RecordType type, JpaRepository<E, Long> repository, AdminRepository<E> reads, Sorting sorting) {
		this.type = type;
		this.repository = repository;
		this.reads = reads;
		this.sorting = sorting;
	}

	public RecordType type() {
		return this.type;
	}

	/** One page of the list, with the references its table shows fetched alongside. */
	public Page<E> search(ListQuery query) {
		return this.reads.findAll(filter(query), query.pageable(this.sorting));
	}

	/**
	 * The records the list's text and filters select.
	 * @throws org.natoportal.system.InvalidFilterException naming a filter whose value
	 * names nothing known
	 */
	protected abstract Specification<E> filter(ListQuery query);

	/** Whether another record than the one edited has the value: for unique codes. */
	protected boolean taken(String attribute, Object value, Long id) {
		return value != null && this.reads.exists(Rules.sameValueElsewhere(attribute, value, id));
	}

	/** The record with the references its pages show. */
	public E get(long id) {
		return this.reads.findWithReferencesById(id).orElseThrow(() -> notFound(id));
	}

	/** An empty form, pre-filled from the address (e.g. {@code ?country=KGZ}). */
	public abstract F newForm(Map<String, String> params);

	public abstract F formOf(E entity);

	/**
	 * The domain rules Bean Validation cannot check alone: dates, uniqueness, references,
	 * overlaps. Breaches become field errors.
	 * @param id the record being edited, or null for a new one
	 */
	public abstract void check(F form, Long id, Errors errors);

	/** The record's name as staff know it, e.g. "Kyrgyz Republic" or "KGZ · PFP 1994". */
	public abstract String label(E entity, Locale locale);

	/** The public page that shows the record. */
	public abstract String publicUrl(E entity);

	/** Choices of the edit form's select fields. */
	public void addFormOptions(Model model, Locale locale) {
	}

	/** Choices of the list's filters. */
	public void addListOptions(Model model, Locale locale) {
	}

	/** Extra content of the edit page (the country page lists the country's records). */
	public void addEditDetails(E entity, Model model, Locale locale) {
	}

	@Transactional
	public E create(F form) {
		return this.repository.save(build(form));
	}

	/**
	 * Applies the form if the record is still at the version the user loaded; a change
	 * between this check and the commit fails the commit instead, through
	 * {@code @Version}.
	 * @throws StaleEditException when someone else saved the record meanwhile
	 */
	@Transactional
	public void update(long id, F form) {
		E entity = load(id);
		if (form.getVersion() == null || form.getVersion() != entity.getVersion()) {
			throw new StaleEditException(id);
		}
		apply(form, entity);
	}

	/** What else a deletion touches; empty when the record stands alone. */
	public List<Dependent> dependents(E entity, Locale locale) {
		return List.of();
	}

	/**
	 * Deletes the record through JPA (never a bulk statement, so history records each
	 * removal), with its dependents when the user confirmed the cascade.
	 * @return false when dependents exist and the cascade was not confirmed
	 */
	@Transactional
	public boolean delete(long id, boolean cascade) {
		E entity = load(id);
		if (!cascade && !dependents(entity, Locale.ROOT).isEmpty()) {
			return false;
		}
		removeDependents(entity);
		this.repository.delete(entity);
		return true;
	}

	protected abstract E build(F form);

	protected abstract void apply(F form, E entity);

	protected void removeDependents(E entity) {
	}

	protected E load(long id) {
		return this.repository.findById(id).orElseThrow(() -> notFound(id));
	}

	private static NotFoundException notFound(long id) {
		return new NotFoundException("record", Long.toString(id));
	}

}
