package org.natoportal.seed;

import java.io.Reader;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A bad data set is refused with the file, row and column of the problem, and stores
 * nothing.
 */
@PortalIntegrationTest
class DatasetImporterTest {

	@Autowired
	private DatasetImporter importer;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void reportsAnImpossibleDateByRowAndColumnAndStoresNothing() {
		Map<String, String> files = minimalDataSet();
		files.put("events.csv", """
				iso3,date,kind,title_en,title_fr,description_en,description_fr,framework_code,programme_code,source
				ZZA,1995,milestone,Fine,,,,,,test
				ZZA,2021-02-30,milestone,Impossible day,,,,,,test
				""");
		int countriesBefore = countries();

		assertThatExceptionOfType(CsvFormatException.class).isThrownBy(() -> this.importer.importAll(open(files)))
			.satisfies((ex) -> {
				assertThat(ex.getFile()).isEqualTo("events.csv");
				assertThat(ex.getRow()).isEqualTo(3);
				assertThat(ex.getColumn()).isEqualTo("date");
				assertThat(ex.getMessage()).contains("2021-02-30");
			});
		assertThat(countries()).isEqualTo(countriesBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from country where iso3 = 'ZZA'", Integer.class)).isZero();
	}

	@Test
	void reportsAnUnknownCountryCode() {
		Map<String, String> files = minimalDataSet();
		files.put("contributions.csv", """
				iso3,operation,start,end,peak_personnel,source
				QQQ,KFOR,1999,,,test
				""");

		assertThatExceptionOfType(CsvFormatException.class).isThrownBy(() -> this.importer.importAll(open(files)))
			.withMessageContaining("contributions.csv, row 2, column 'iso3'")
			.withMessageContaining("QQQ");
	}

	@Test
	void reportsAMissingSource() {
		Map<String, String> files = minimalDataSet();
		files.put("memberships.csv", """
				iso3,framework_code,start,end,note,source
				ZZA,ZZF,1994,,,
				""");

		assertThatExceptionOfType(CsvFormatException.class).isThrownBy(() -> this.importer.importAll(open(files)))
			.withMessageContaining("memberships.csv, row 2, column 'source'");
	}

	/** Data sets written before notes were bilingual have no note_fr column. */
	@Test
	void readsMembershipsAndParticipationsWithoutAFrenchNoteColumn() {
		Map<String, String> files = minimalDataSet();
		files.put("memberships.csv", """
				iso3,framework_code,start,end,note,source
				ZZA,ZZF,1994,,An English note,test
				""");
		files.put("participations.csv", """
				iso3,programme_code,start,end,note,note_fr,source
				ZZA,ZZP,2000,,An English note,Une note en français,test
				""");
		// A bad contribution, read after the involvements, keeps the test from storing
		// anything.
		files.put("contributions.csv", """
				iso3,operation,start,end,peak_personnel,source
				QQQ,KFOR,1999,,,test
				""");

		assertThatExceptionOfType(CsvFormatException.class).isThrownBy(() -> this.importer.importAll(open(files)))
			.withMessageContaining("contributions.csv, row 2, column 'iso3'");
	}

	private int countries() {
		return this.jdbc.queryForObject("select count(*) from country", Integer.class);
	}

	private static java.util.function.Function<String, Reader> open(Map<String, String> files) {
		return (name) -> new StringReader(files.get(name));
	}

	/**
	 * One framework, programme and country with unused codes, and otherwise empty files.
	 */
	private static Map<String, String> minimalDataSet() {
		Map<String, String> files = new HashMap<>();
		files.put("frameworks.csv", """
				code,name_en,name_fr,established_year,description_en,description_fr,source
				ZZF,Test framework,,1994,,,test
				""");
		files.put("programmes.csv", """
				code,name_en,name_fr,launched_year,description_en,description_fr,source
				ZZP,Test programme,,2000,,,test
				""");
		files.put("countries.csv",
				"""
						iso3,slug,name_en,name_fr,region,status,status_year,status_note_en,status_note_fr,partner_since,summary_en,summary_fr,source
						ZZA,test-land,Test Land,,test-region,active,,,,1994,,,test
						""");
		files.put("memberships.csv", "iso3,framework_code,start,end,note,source\n");
		files.put("participations.csv", "iso3,programme_code,start,end,note,source\n");
		files.put("events.csv",
				"iso3,date,kind,title_en,title_fr,description_en,description_fr,framework_code,programme_code,source\n");
		files.put("contributions.csv", "iso3,operation,start,end,peak_personnel,source\n");
		return files;
	}

}
