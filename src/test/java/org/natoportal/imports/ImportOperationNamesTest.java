package org.natoportal.imports;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A French contributions file names each operation in French, so the import finds the
 * record by its French name (or the English one shown for a missing French name) while
 * the stored English name stays the record's key.
 */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ImportOperationNamesTest extends ImportTestSupport {

	private static final String ISAF_OF_MONGOLIA = "country_id = (select id from country where iso3 = 'MNG') "
			+ "and operation = 'ISAF'";

	private Map<String, Object> before;

	@BeforeEach
	void rememberIsafOfMongolia() {
		this.before = this.jdbc
			.queryForMap("select operation, operation_fr, peak_personnel from contribution where " + ISAF_OF_MONGOLIA);
	}

	@AfterEach
	void restoreIsafOfMongolia() {
		this.jdbc.update("update contribution set operation_fr = ?, peak_personnel = ? where " + ISAF_OF_MONGOLIA,
				this.before.get("operation_fr"), this.before.get("peak_personnel"));
	}

	@Test
	void aFrenchFileFindsTheContributionByItsFrenchOperationName() {
		Table french = read(export("/reports/operation-contributions.csv?lang=fr&country=mongolia"));
		List<String> isaf = isafOfMongolia(french, "FIAS");
		french.set(isaf, "peak_personnel", "75");
		String preview = preview(french.bytes(), "fr");
		assertThat(preview).contains(counts(0, 1, french.rows().size() - 1, 0));
		assertThat(apply(preview)).hasStatus3xxRedirection();
		assertThat(this.jdbc
			.queryForMap("select operation, operation_fr, peak_personnel from contribution where " + ISAF_OF_MONGOLIA))
			.containsEntry("operation", "ISAF")
			.containsEntry("operation_fr", "FIAS")
			.containsEntry("peak_personnel", 75);
	}

	@Test
	void aFrenchFileLeavesAnEnglishNameShownForAMissingFrenchOneAlone() {
		this.jdbc.update("update contribution set operation_fr = null where " + ISAF_OF_MONGOLIA);
		Table french = read(export("/reports/operation-contributions.csv?lang=fr&country=mongolia"));
		isafOfMongolia(french, "ISAF");
		assertThat(preview(french.bytes(), "fr")).contains(counts(0, 0, french.rows().size(), 0));
		assertThat(this.jdbc.queryForObject("select operation_fr from contribution where " + ISAF_OF_MONGOLIA,
				String.class))
			.isNull();
	}

	private static List<String> isafOfMongolia(Table contributions, String operation) {
		return contributions.rows()
			.stream()
			.filter((row) -> contributions.get(row, "country_iso3").equals("MNG")
					&& contributions.get(row, "operation").equals(operation))
			.findFirst()
			.orElseThrow();
	}

}
