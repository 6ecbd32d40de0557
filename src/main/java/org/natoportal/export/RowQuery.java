package org.natoportal.export;

import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

/**
 * The database side of a report: a query for its results, a query for their count, and
 * how one result becomes one row of cells (in column order).
 *
 * @param <T> what the query returns for one row: an entity or a tuple
 */
public interface RowQuery<T> {

	CriteriaQuery<T> select(CriteriaBuilder cb);

	CriteriaQuery<Long> count(CriteriaBuilder cb);

	List<Object> cells(T result);

}
