package org.natoportal.export;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import org.natoportal.country.Country;
import org.natoportal.country.CountryFilter;
import org.natoportal.country.CountryService;
import org.natoportal.country.CountrySort;
import org.natoportal.country.CountryStatus;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.natoportal.export.ColumnFormat.CODE;
import static org.natoportal.export.ColumnFormat.CODE_LIST;
import static org.natoportal.export.ColumnFormat.SOURCES;
import static org.natoportal.export.ColumnFormat.TEXT;
import static org.natoportal.export.ColumnFormat.YEAR;

/**
 * The countries of {@code /countries}, with its filters and order: one row per country,
 * its frameworks and programmes listed.
 */
@Component
@Order(1)
class CountriesReport implements Report {

	static final List<String> FILTERS = List.of("q", "framework", "programme", "region", "status", "sort");

	private static final List<ReportColumn> COLUMNS = List.of(ReportColumn.of("country_iso3", CODE),
			ReportColumn.of("slug", CODE), ReportColumn.of("country_name", TEXT), ReportColumn.of("region", CODE),
			ReportColumn.of("status", CODE), ReportColumn.of("status_year", YEAR),
			ReportColumn.of("partner_since", YEAR), ReportColumn.of("frameworks", CODE_LIST),
			ReportColumn.of("current_frameworks", CODE_LIST), ReportColumn.of("programmes", CODE_LIST),
			ReportColumn.of("current_programmes", CODE_LIST), ReportColumn.of("source", SOURCES));

	private final CountryService countries;

	CountriesReport(CountryService countries) {
		this.countries = countries;
	}

	@Override
	public String name() {
		return "partner-countries";
	}

	@Override
	public String example() {
		return "framework=pfp&region=south-caucasus";
	}

	@Override
	public List<String> filters() {
		return FILTERS;
	}

	@Override
	public List<ReportColumn> columns() {
		return COLUMNS;
	}

	@Override
	public PreparedReport prepare(ReportParameters parameters, Locale locale) {
		return new PreparedReport(this, locale, parameters.filters(), COLUMNS,
				rows(parameters, locale, (country, involvements) -> row(country, involvements, locale)));
	}

	/**
	 * The countries of the country list for the parameters, in its order, each made into
	 * a row by the given function.
	 */
	CountryRows rows(ReportParameters parameters, Locale locale,
			BiFunction<Country, CountryInvolvements, List<Object>> row) {
		CountryFilter filter = new CountryFilter(parameters.text("q"), parameters.text("framework"),
				parameters.text("programme"), parameters.text("region"),
				parameters.constant("status", CountryStatus.class), parameters.constant("sort", CountrySort.class));
		return new CountryRows(this.countries.specification(filter), filter.sortOrDefault(), locale, row);
	}

	private static List<Object> row(Country country, CountryInvolvements involvements, Locale locale) {
		return Arrays.asList(country.getIso3(), country.getSlug(), country.name(locale), country.getRegion(),
				country.getStatus(), country.getStatusYear(), country.getPartnerSince(),
				CountryInvolvements.codes(involvements.frameworks()),
				CountryInvolvements.codes(involvements.currentFrameworks()),
				CountryInvolvements.codes(involvements.programmes()),
				CountryInvolvements.codes(involvements.currentProgrammes()), country.getSource());
	}

}
