package org.natoportal.admin;

import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Records the admin tests create, all recognisable (codes starting with ZZ, titles
 * starting with "Test "), and their removal, so that the seed data stays as loaded.
 */
final class AdminTestData {

	private final JdbcTemplate jdbc;

	private final CountryRepository countries;

	AdminTestData(JdbcTemplate jdbc, CountryRepository countries) {
		this.jdbc = jdbc;
		this.countries = countries;
	}

	Country country(String iso3, String slug, String name) {
		return this.countries.save(new Country(iso3, slug, name, name + " (fr)", "central-asia"));
	}

	long count(String table) {
		Long count = this.jdbc.queryForObject("select count(*) from " + table, Long.class);
		return (count != null) ? count : 0;
	}

	void removeAll() {
		String testCountries = "(select id from country where iso3 like 'ZZ%')";
		String testFrameworks = "(select id from framework where code like 'ZZ%')";
		String testProgrammes = "(select id from programme where code like 'ZZ%')";
		this.jdbc.update("delete from membership where country_id in " + testCountries + " or framework_id in "
				+ testFrameworks + " or source like 'Test %'");
		this.jdbc.update("delete from participation where country_id in " + testCountries + " or programme_id in "
				+ testProgrammes + " or source like 'Test %'");
		this.jdbc.update("delete from timeline_event where country_id in " + testCountries + " or framework_id in "
				+ testFrameworks + " or programme_id in " + testProgrammes + " or title_en like 'Test %'");
		this.jdbc.update("delete from contribution where country_id in " + testCountries + " or source like 'Test %'");
		this.jdbc.update("delete from country where iso3 like 'ZZ%'");
		this.jdbc.update("delete from framework where code like 'ZZ%'");
		this.jdbc.update("delete from programme where code like 'ZZ%'");
	}

}
