package org.natoportal.export;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.natoportal.system.InvalidFilterException;

import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

/**
 * The query parameters of a report request, read as the filter values of the matching
 * public page. A parameter the report does not know, a repeated one or a value of the
 * wrong type is an {@link InvalidFilterException} naming it, so a mistyped filter never
 * quietly exports every row.
 */
public final class ReportParameters {

	/** Understood by every report: the language of names and titles, and the BOM. */
	static final Set<String> COMMON = Set.of("lang", "bom");

	private final Map<String, String> values;

	private ReportParameters(Map<String, String> values) {
		this.values = values;
	}

	public static ReportParameters none() {
		return new ReportParameters(Map.of());
	}

	/**
	 * The parameters of a request to the report that accepts the given filters.
	 * @throws InvalidFilterException for a parameter the report does not accept or one
	 * given twice
	 */
	public static ReportParameters of(MultiValueMap<String, String> query, Collection<String> accepted) {
		Map<String, String> values = new LinkedHashMap<>();
		query.forEach((name, given) -> {
			if (!accepted.contains(name) && !COMMON.contains(name)) {
				throw new InvalidFilterException(name, String.join(",", given));
			}
			if (given.size() > 1) {
				throw new InvalidFilterException(name, String.join(",", given));
			}
			values.put(name, given.isEmpty() ? "" : given.get(0));
		});
		String lang = values.get("lang");
		if (lang != null && !lang.isBlank() && !Set.of("en", "fr").contains(lang.strip().toLowerCase(Locale.ROOT))) {
			throw new InvalidFilterException("lang", lang);
		}
		return new ReportParameters(values);
	}

	/** The text of the parameter, or null when it is absent or blank. */
	public String text(String name) {
		String value = this.values.get(name);
		return StringUtils.hasText(value) ? value : null;
	}

	/** The whole number of the parameter, or null when it is absent or blank. */
	public Integer integer(String name) {
		String value = text(name);
		try {
			return (value != null) ? Integer.valueOf(value.strip()) : null;
		}
		catch (NumberFormatException ex) {
			throw new InvalidFilterException(name, value);
		}
	}

	/** The constant named by the parameter in any case, or null when blank. */
	public <E extends Enum<E>> E constant(String name, Class<E> type) {
		String value = text(name);
		if (value == null) {
			return null;
		}
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.strip())) {
				return constant;
			}
		}
		throw new InvalidFilterException(name, value);
	}

	/** Whether a UTF-8 byte order mark is wanted (Excel reads UTF-8 only with one). */
	public boolean bom() {
		String value = text("bom");
		if (value == null || value.equalsIgnoreCase("false")) {
			return false;
		}
		if (value.equalsIgnoreCase("true")) {
			return true;
		}
		throw new InvalidFilterException("bom", value);
	}

	/** The filters given, without the common parameters, as recorded in the metadata. */
	public Map<String, String> filters() {
		Map<String, String> filters = new LinkedHashMap<>();
		this.values.forEach((name, value) -> {
			if (!COMMON.contains(name) && StringUtils.hasText(value)) {
				filters.put(name, value.strip());
			}
		});
		return filters;
	}

}
