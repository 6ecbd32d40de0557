package org.natoportal.admin;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.natoportal.country.CountryRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * What the admin form tests share: MockMvc, direct SQL for checking what was stored, and
 * the removal after each test of every record it created, so the seed data stays as
 * loaded.
 */
abstract class AdminTestSupport {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	AdminTestData data;

	@BeforeEach
	void prepareTestData() {
		this.data = new AdminTestData(this.jdbc, this.countries);
	}

	@AfterEach
	void removeTestRecords() {
		this.data.removeAll();
	}

}
