package org.natoportal.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.natoportal.shared.LikePattern;
import org.natoportal.system.InvalidFilterException;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The state of an admin list, all of it in the address: text {@code q}, the area's own
 * filters, {@code sort} (a column key, {@code -key} for descending) and {@code page}
 * (from 1). Links built here keep every other parameter, so a sorted, filtered list can
 * be bookmarked and paged through.
 */
public final class ListQuery {

	public static final int PAGE_SIZE = 25;

	private final String path;

	private final Map<String, String> params;

	public ListQuery(String path, Map<String, String> params) {
		this.path = path;
		this.params = new LinkedHashMap<>(params);
		this.params.values().removeIf((value) -> value == null || value.isBlank());
	}

	/** A parameter's value, trimmed, or null when absent or blank. */
	public String filter(String name) {
		String value = this.params.get(name);
		return (value != null) ? value.strip() : null;
	}

	/**
	 * The record a filter names, or null when the filter is not set.
	 * @throws InvalidFilterException when the value names nothing known
	 */
	public <T> T known(String name, Function<String, Optional<T>> lookup) {
		String value = filter(name);
		return (value != null) ? lookup.apply(value).orElseThrow(() -> new InvalidFilterException(name, value)) : null;
	}

	public String getQ() {
		return filter("q");
	}

	public String getSort() {
		return filter("sort");
	}

	public int page() {
		String page = filter("page");
		if (page == null) {
			return 1;
		}
		try {
			int number = Integer.parseInt(page);
			if (number >= 1) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw new InvalidFilterException("page", page);
	}

	/**
	 * The page to read, sorted by the chosen column, or the default one; the id breaks
	 * ties so that paging is stable.
	 */
	public Pageable pageable(Sorting sorting) {
		String key = (getSort() != null) ? getSort() : sorting.defaultKey();
		boolean descending = key.startsWith("-");
		Sort sort = sorting.columns().get(descending ? key.substring(1) : key);
		if (sort == null) {
			throw new InvalidFilterException("sort", key);
		}
		if (descending) {
			sort = Sort.by(sort.stream()
				.map((order) -> order
					.with(order.getDirection().isAscending() ? Sort.Direction.DESC : Sort.Direction.ASC))
				.toList());
		}
		return PageRequest.of(page() - 1, PAGE_SIZE, sort.and(Sort.by("id")));
	}

	/**
	 * This list's address with one parameter set; any change but paging goes back to page
	 * 1.
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(this.path);
		this.params.forEach((key, current) -> {
			if (!key.equals(name) && !(key.equals("page") && !name.equals("page"))) {
				builder.queryParam(key, current);
			}
		});
		builder.queryParam(name, value);
		return builder.encode().build().toUriString();
	}

	/**
	 * The link of a column header: ascending first, descending when already ascending.
	 */
	public String sortLink(String key) {
		return with("sort", key.equals(getSort()) ? "-" + key : key);
	}

	/** "ascending", "descending" or "none", for the header's aria-sort. */
	public String sortState(String key, String defaultKey) {
		String current = (getSort() != null) ? getSort() : defaultKey;
		return current.equals(key) ? "ascending" : current.equals("-" + key) ? "descending" : "none";
	}

	/** A case-insensitive "contains" test of the text against any of the expressions. */
	public static Predicate containsText(CriteriaBuilder cb, String text, List<Expression<String>> expressions) {
		String pattern = LikePattern.containing(text.toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", ""));
		return cb.or(expressions.stream()
			.map((expression) -> cb.like(cb.lower(expression), pattern, LikePattern.ESCAPE))
			.toArray(Predicate[]::new));
	}

}
