package org.natoportal.export;

import java.util.List;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Root;

import org.springframework.data.jpa.domain.Specification;

/**
 * The rows of a report that lists entities: those a Spring Data specification selects
 * (the same one as the matching page), in the given order.
 *
 * @param <T> the entity type
 */
record SpecificationRows<T>(Class<T> type, Specification<T> specification, OrderBy<T> order,
		Function<T, List<Object>> row) implements RowQuery<T> {

	@Override
	public CriteriaQuery<T> select(CriteriaBuilder cb) {
		CriteriaQuery<T> query = cb.createQuery(this.type);
		Root<T> root = query.from(this.type);
		query.select(root).where(this.specification.toPredicate(root, query, cb));
		query.orderBy(this.order.orders(root, cb));
		return query;
	}

	@Override
	public CriteriaQuery<Long> count(CriteriaBuilder cb) {
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<T> root = query.from(this.type);
		return query.select(cb.count(root)).where(this.specification.toPredicate(root, query, cb));
	}

	@Override
	public List<Object> cells(T result) {
		return this.row.apply(result);
	}

	/** The order of the rows. */
	@FunctionalInterface
	interface OrderBy<T> {

		List<Order> orders(Root<T> root, CriteriaBuilder cb);

	}

}
