package org.natoportal.admin.country;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.natoportal.admin.StaleEditException;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The version check is repeated inside the saving transaction: a change committed after
 * the page compared versions, but before the save, is not overwritten.
 */
@PortalIntegrationTest
class CountryAdminRaceTest {

	@Autowired
	CountryAdmin area;

	@Autowired
	CountryRepository countries;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void removeTestCountry() {
		this.jdbc.update("delete from country where iso3 = 'ZZR'");
	}

	@Test
	void aSaveBasedOnAnOlderVersionIsRefusedAndTheNewerChangeKept() {
		Country country = this.countries.save(new Country("ZZR", "test-race", "Race", null, "central-asia"));
		CountryForm mine = CountryForm.from(country);
		mine.setNameEn("Mine");
		this.jdbc.update("update country set name_en = 'Theirs', version = version + 1 where id = ?", country.getId());
		assertThatThrownBy(() -> this.area.update(country.getId(), mine)).isInstanceOf(StaleEditException.class);
		assertThat(this.countries.findById(country.getId())).get().extracting(Country::getNameEn).isEqualTo("Theirs");
	}

}
