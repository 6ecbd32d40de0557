package org.natoportal.export;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.natoportal.country.Country;
import org.natoportal.country.CountryService;
import org.natoportal.country.CountrySort;
import org.natoportal.framework.Membership;
import org.natoportal.programme.Participation;
import org.natoportal.shared.CatalogueEntry;
import org.natoportal.shared.Involvement;

import org.springframework.data.jpa.domain.Specification;

/**
 * The countries of the country list, each with its frameworks and programmes aggregated
 * in the same SQL statement ({@code string_agg} in correlated subqueries), so a report on
 * countries is one query whatever their number.
 */
record CountryRows(Specification<Country> specification, CountrySort sort, Locale locale,
		BiFunction<Country, CountryInvolvements, List<Object>> row) implements RowQuery<Tuple> {

	@Override
	public CriteriaQuery<Tuple> select(CriteriaBuilder cb) {
		CriteriaQuery<Tuple> query = cb.createTupleQuery();
		Root<Country> country = query.from(Country.class);
		query.multiselect(country, firstPeriods(query, cb, country, Membership.class, "framework", false),
				firstPeriods(query, cb, country, Membership.class, "framework", true),
				firstPeriods(query, cb, country, Participation.class, "programme", false),
				firstPeriods(query, cb, country, Participation.class, "programme", true));
		query.where(this.specification.toPredicate(country, query, cb));
		Expression<String> name = CountryService.folded(cb, "fr".equals(this.locale.getLanguage())
				? cb.coalesce(cb.nullif(country.get("nameFr"), ""), country.get("nameEn")) : country.get("nameEn"));
		query.orderBy(switch (this.sort) {
			case NAME -> List.of(cb.asc(name));
			case PARTNER_SINCE -> List.of(cb.asc(country.get("partnerSince")), cb.asc(name));
			case REGION -> List.of(cb.asc(country.get("region")), cb.asc(name));
		});
		return query;
	}

	@Override
	public CriteriaQuery<Long> count(CriteriaBuilder cb) {
		CriteriaQuery<Long> query = cb.createQuery(Long.class);
		Root<Country> country = query.from(Country.class);
		return query.select(cb.count(country)).where(this.specification.toPredicate(country, query, cb));
	}

	@Override
	public List<Object> cells(Tuple result) {
		CountryInvolvements involvements = new CountryInvolvements(result.get(1, String.class),
				result.get(2, String.class), result.get(3, String.class), result.get(4, String.class));
		return this.row.apply(result.get(0, Country.class), involvements);
	}

	/**
	 * The country's first period in each framework or programme (a country that left and
	 * came back is listed once), or only its open periods, as {@link CountryInvolvements}
	 * reads them.
	 */
	private static <T extends Involvement> Expression<String> firstPeriods(CriteriaQuery<?> query, CriteriaBuilder cb,
			Root<Country> country, Class<T> type, String entry, boolean currentOnly) {
		HibernateCriteriaBuilder hcb = (HibernateCriteriaBuilder) cb;
		Subquery<String> periods = query.subquery(String.class);
		Root<T> involvement = periods.from(type);
		Join<T, CatalogueEntry> catalogue = involvement.join(entry);
		Subquery<Long> earlier = periods.subquery(Long.class);
		Root<T> other = earlier.from(type);
		earlier.select(other.get("id"))
			.where(cb.equal(other.get("country"), involvement.get("country")),
					cb.equal(other.get(entry), involvement.get(entry)),
					cb.lessThan(other.get("startDate"), involvement.get("startDate")));
		Expression<String> code = catalogue.get("code");
		Expression<String> start = involvement.get("startDate").as(String.class);
		// One sort key, start then code: ISO dates in the C collation sort
		// chronologically,
		// and the space sorts a year before the months inside it.
		Expression<String> order = cb.concat(cb.concat(start, " "), code);
		Expression<String> source = involvement.get("source");
		Expression<String> period = cb.concat(
				cb.concat(cb.concat(cb.concat(code, CountryInvolvements.FIELD), start), CountryInvolvements.FIELD),
				source);
		periods.select(hcb.listagg(hcb.asc(order), period, hcb.literal(CountryInvolvements.PERIOD)));
		periods.where(cb.equal(involvement.get("country"), country),
				currentOnly ? cb.isNull(involvement.get("endDate")) : cb.not(cb.exists(earlier)));
		return periods;
	}

}
