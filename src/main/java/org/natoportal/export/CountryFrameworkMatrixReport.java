package org.natoportal.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkService;
import org.natoportal.export.CountryInvolvements.Period;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import static org.natoportal.export.ColumnFormat.CODE;
import static org.natoportal.export.ColumnFormat.SOURCES;
import static org.natoportal.export.ColumnFormat.TEXT;
import static org.natoportal.export.ColumnFormat.YEAR;

/**
 * Countries against frameworks: one row per country of the country list (same filters),
 * one column per framework named by its code in lower case, and in each cell the year the
 * country first joined it (empty if never).
 */
@Component
@Order(6)
class CountryFrameworkMatrixReport implements Report {

	private final CountriesReport countries;

	private final FrameworkService frameworks;

	CountryFrameworkMatrixReport(CountriesReport countries, FrameworkService frameworks) {
		this.countries = countries;
		this.frameworks = frameworks;
	}

	@Override
	public String name() {
		return "country-framework-matrix";
	}

	@Override
	public String example() {
		return "status=active&sort=partner_since";
	}

	@Override
	public List<String> filters() {
		return CountriesReport.FILTERS;
	}

	@Override
	public PreparedReport prepare(ReportParameters parameters, Locale locale) {
		List<Framework> all = this.frameworks.all();
		List<ReportColumn> columns = new ArrayList<>();
		columns.add(ReportColumn.of("country_iso3", CODE));
		columns.add(ReportColumn.of("country_name", TEXT));
		for (Framework framework : all) {
			String column = framework.getCode().toLowerCase(Locale.ROOT).replace('-', '_');
			columns
				.add(new ReportColumn(column, YEAR, "report.column.framework_join_year", List.of(framework.getCode())));
			columns.add(new ReportColumn(column + "_source", SOURCES, "report.column.framework_join_source",
					List.of(framework.getCode())));
		}
		CountryRows rows = this.countries.rows(parameters, locale,
				(country, involvements) -> row(country, involvements.firstFrameworkPeriods(), all, locale));
		return new PreparedReport(this, locale, parameters.filters(), columns, rows);
	}

	private static List<Object> row(Country country, Map<String, Period> firstPeriods, List<Framework> frameworks,
			Locale locale) {
		List<Object> cells = new ArrayList<>();
		cells.add(country.getIso3());
		cells.add(country.name(locale));
		for (Framework framework : frameworks) {
			Period first = firstPeriods.get(framework.getCode());
			cells.add((first != null) ? first.start().year() : null);
			cells.add((first != null) ? first.source() : null);
		}
		return cells;
	}

}
