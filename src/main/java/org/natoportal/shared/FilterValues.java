package org.natoportal.shared;

import java.util.Locale;

import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.system.InvalidFilterException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Turns the filter values of an address into what they name: a framework or programme
 * code (any case), a country slug, a region code, a year. The pages and the CSV reports
 * share it, so a value one accepts the other accepts too. A blank value is no filter
 * (null); a value that names nothing known is an {@link InvalidFilterException} naming
 * the parameter.
 */
@Component
@Transactional(readOnly = true)
public class FilterValues {

	private final CountryRepository countries;

	private final FrameworkRepository frameworks;

	private final ProgrammeRepository programmes;

	FilterValues(CountryRepository countries, FrameworkRepository frameworks, ProgrammeRepository programmes) {
		this.countries = countries;
		this.frameworks = frameworks;
		this.programmes = programmes;
	}

	public Framework framework(String parameter, String code) {
		return StringUtils.hasText(code) ? this.frameworks.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidFilterException(parameter, code)) : null;
	}

	public Programme programme(String parameter, String code) {
		return StringUtils.hasText(code) ? this.programmes.findByCode(code.strip().toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new InvalidFilterException(parameter, code)) : null;
	}

	public Country country(String parameter, String slug) {
		return StringUtils.hasText(slug)
				? this.countries.findBySlug(slug.strip()).orElseThrow(() -> new InvalidFilterException(parameter, slug))
				: null;
	}

	public String region(String parameter, String code) {
		String region = StringUtils.hasText(code) ? code.strip() : null;
		if (region != null && !this.countries.findRegions().contains(region)) {
			throw new InvalidFilterException(parameter, code);
		}
		return region;
	}

	/**
	 * The years from and to (both included) as the partial dates that bound them: from
	 * its first day, until (excluded) the first day of the year after {@code to}.
	 */
	public YearRange years(String fromParameter, Integer from, String toParameter, Integer to) {
		if (from != null && to != null && to < from) {
			throw new InvalidFilterException(toParameter, to.toString());
		}
		return new YearRange((from != null) ? year(fromParameter, from, 0) : null,
				(to != null) ? year(toParameter, to, 1) : null);
	}

	private static PartialDate year(String parameter, int year, int offset) {
		try {
			return PartialDate.ofYear(year + offset);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFilterException(parameter, Integer.toString(year));
		}
	}

	/**
	 * A year range as partial dates: {@code from} included, {@code until} excluded;
	 * either may be null for an open end.
	 */
	public record YearRange(PartialDate from, PartialDate until) {

	}

}
