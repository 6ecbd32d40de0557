package org.natoportal.seed;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled data set, as loaded into PostgreSQL on first start. */
@PortalIntegrationTest
class SeedDataTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void loadsTheWholeDataSet() {
		assertThat(count("framework")).isEqualTo(11);
		assertThat(count("programme")).isEqualTo(19);
		assertThat(count("country")).isEqualTo(54);
		assertThat(count("timeline_event")).isEqualTo(455);
		assertThat(count("contribution")).isEqualTo(57);
		assertThat(count("membership")).isGreaterThanOrEqualTo(count("country"));
		assertThat(count("participation")).isPositive();
	}

	@Test
	void everyFactCarriesASource() {
		for (String table : List.of("membership", "participation", "timeline_event", "contribution")) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from " + table + " where source is null or trim(source) = ''", Integer.class))
				.as("rows of %s without a source", table)
				.isZero();
		}
	}

	/** Notes are shown to readers, who know the seed documents only by their sources. */
	@Test
	void noNoteRefersToASeedDocumentByItsWorkingNumber() {
		for (String table : new String[] { "membership", "participation" }) {
			assertThat(this.jdbc.queryForList("select note from " + table + " where note ~* 'seed \\d'", String.class))
				.as(table)
				.isEmpty();
		}
	}

	/** French readers see English only where the data set has nothing better. */
	@Test
	void everyNoteHasAFrenchTranslation() {
		for (String table : new String[] { "membership", "participation" }) {
			assertThat(this.jdbc.queryForList(
					"select note from " + table
							+ " where trim(coalesce(note, '')) <> '' and trim(coalesce(note_fr, '')) = ''",
					String.class))
				.as(table)
				.isEmpty();
		}
		assertThat(this.jdbc.queryForObject("select count(*) from membership where note_fr is not null", Integer.class))
			.isPositive();
	}

	@Test
	void everyContributionHasAFrenchOperationName() {
		assertThat(this.jdbc.queryForList(
				"select operation from contribution where trim(coalesce(operation_fr, '')) = ''", String.class))
			.isEmpty();
		assertThat(this.jdbc.queryForObject(
				"select operation_fr from contribution where operation = 'NATO Mission Iraq' fetch first 1 row only",
				String.class))
			.isEqualTo("mission OTAN en Irak (NMI)");
	}

	@Test
	void kyrgyzRepublicJoinedNaccIn1992AndPfpIn1994() {
		assertThat(membershipStart("KGZ", "NACC")).isEqualTo("1992");
		assertThat(membershipStart("KGZ", "PFP")).startsWith("1994");
		assertThat(membershipStart("KGZ", "EAPC")).isEqualTo("1997");
	}

	@Test
	void kyrgyzRepublicTakesPartInSpsSince1993AndBuildingIntegritySince2015() {
		assertThat(participationStart("KGZ", "SPS")).isEqualTo("1993");
		assertThat(participationStart("KGZ", "BI")).isEqualTo("2015");
		assertThat(participationStart("KGZ", "DEEP")).isNotNull();
	}

	@Test
	void mongoliaServedInKforFrom2005To2007AndInResoluteSupport() {
		Map<String, Object> kfor = this.jdbc.queryForMap("""
				select c.start_date, c.end_date, c.peak_personnel from contribution c
				join country k on k.id = c.country_id where k.iso3 = 'MNG' and c.operation = 'KFOR'""");
		assertThat(kfor).containsEntry("start_date", "2005").containsEntry("end_date", "2007");
		assertThat(kfor.get("peak_personnel")).isEqualTo(70);
		assertThat(this.jdbc.queryForObject("""
				select c.peak_personnel from contribution c join country k on k.id = c.country_id
				where k.iso3 = 'MNG' and c.operation = 'Resolute Support'""", Integer.class)).isEqualTo(233);
	}

	@Test
	void keepsDatesAtTheirOwnPrecisionAndUndatedEventsUndated() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from timeline_event where event_date is null", Integer.class))
			.isEqualTo(8);
		assertThat(this.jdbc.queryForList(
				"select distinct length(event_date) from timeline_event where event_date is not null", Integer.class))
			.containsExactlyInAnyOrder(4, 7, 10);
	}

	@Test
	void countsAllianceWideEventsWithoutACountry() {
		assertThat(
				this.jdbc.queryForObject("select count(*) from timeline_event where country_id is null", Integer.class))
			.isEqualTo(31);
	}

	@Test
	void marksCountriesThatJoinedTheAllianceWithTheirAccessionYear() {
		assertThat(this.jdbc.queryForMap("select status, status_year from country where iso3 = 'FIN'"))
			.containsEntry("status", "ALLY")
			.containsEntry("status_year", 2023);
		assertThat(this.jdbc.queryForObject("select status from country where iso3 = 'RUS'", String.class))
			.isEqualTo("SUSPENDED");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private String membershipStart(String iso3, String framework) {
		return this.jdbc.queryForObject("""
				select min(m.start_date) from membership m join country c on c.id = m.country_id
				join framework f on f.id = m.framework_id where c.iso3 = ? and f.code = ?""", String.class, iso3,
				framework);
	}

	private String participationStart(String iso3, String programme) {
		return this.jdbc.queryForObject("""
				select min(p.start_date) from participation p join country c on c.id = p.country_id
				join programme g on g.id = p.programme_id where c.iso3 = ? and g.code = ?""", String.class, iso3,
				programme);
	}

}
