package org.natoportal.export;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.natoportal.country.Country;
import org.natoportal.country.CountryStatus;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.FilterValues;
import org.natoportal.shared.FilterValues.YearRange;
import org.natoportal.system.InvalidFilterException;

import org.springframework.data.jpa.domain.Specification;

/**
 * The filters shared by the reports of memberships, participations and contributions: a
 * country, the countries of a region or status, the entry (framework or programme), and a
 * year range that the period overlaps. A period without a start date (a contribution the
 * sources do not date) matches no year range. The country, and the entry when there is
 * one, are fetched with each row.
 */
final class InvolvementSpecification {

	private InvolvementSpecification() {
	}

	/**
	 * @param entryAttribute {@code framework} or {@code programme}, or null for
	 * contributions
	 * @throws InvalidFilterException naming the parameter whose value is not valid
	 */
	static <T> Specification<T> of(ReportParameters parameters, FilterValues values, String entryAttribute,
			CatalogueEntry entry) {
		Country country = values.country("country", parameters.text("country"));
		String region = values.region("region", parameters.text("region"));
		CountryStatus status = parameters.constant("status", CountryStatus.class);
		YearRange years = values.years("from", parameters.integer("from"), "to", parameters.integer("to"));
		Boolean current = currentFilter(parameters);
		return (root, query, cb) -> {
			Join<T, Country> countryJoin;
			if (Long.class != query.getResultType()) {
				@SuppressWarnings("unchecked")
				Join<T, Country> fetched = (Join<T, Country>) root.<T, Country>fetch("country", JoinType.INNER);
				countryJoin = fetched;
				if (entryAttribute != null) {
					root.fetch(entryAttribute, JoinType.INNER);
				}
			}
			else {
				countryJoin = root.join("country");
			}
			List<Predicate> predicates = new ArrayList<>();
			if (entry != null) {
				predicates.add(cb.equal(root.get(entryAttribute), entry));
			}
			if (country != null) {
				predicates.add(cb.equal(root.get("country"), country));
			}
			if (region != null) {
				predicates.add(cb.equal(countryJoin.get("region"), region));
			}
			if (status != null) {
				predicates.add(cb.equal(countryJoin.get("status"), status));
			}
			if (years.until() != null) {
				predicates.add(cb.lessThan(root.get("startDate"), years.until()));
			}
			if (years.from() != null) {
				predicates.add(cb.isNotNull(root.get("startDate")));
				predicates.add(cb.or(cb.isNull(root.get("endDate")),
						cb.greaterThanOrEqualTo(root.get("endDate"), years.from())));
			}
			if (current != null) {
				predicates.add(current ? cb.isNull(root.get("endDate")) : cb.isNotNull(root.get("endDate")));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	private static Boolean currentFilter(ReportParameters parameters) {
		String value = parameters.text("current");
		if (value == null) {
			return null;
		}
		if (value.strip().equalsIgnoreCase("true") || value.strip().equalsIgnoreCase("false")) {
			return Boolean.valueOf(value.strip());
		}
		throw new InvalidFilterException("current", value);
	}

}
