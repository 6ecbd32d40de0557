package org.natoportal.imports;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exporting a report and importing the very same file changes nothing, in either language
 * and with the byte order mark Excel needs.
 */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class ImportRoundTripTest extends ImportTestSupport {

	@ParameterizedTest
	@CsvSource({ "partner-countries, en, 54", "partner-countries, fr, 54", "framework-memberships, en, 114",
			"framework-memberships, fr, 114", "programme-participations, en, 106", "timeline-events, en, 455",
			"timeline-events, fr, 455", "operation-contributions, en, 57", "operation-contributions, fr, 57" })
	void importingAnExportChangesNothing(String report, String lang, int rows) {
		byte[] exported = export("/reports/" + report + ".csv?lang=" + lang + "&bom=true");
		List<String> before = snapshot();
		String preview = preview(exported, lang);
		assertThat(preview).contains(counts(0, 0, rows, 0)).contains("The file changes nothing.");
		assertThat(apply(preview)).hasStatus3xxRedirection().hasRedirectedUrl("/admin/import");
		assertThat(snapshot()).isEqualTo(before);
		assertThat(newRevisions()).isEmpty();
	}

	@ParameterizedTest
	@CsvSource({ "partner-countries", "framework-memberships", "operation-contributions" })
	void importingAnExportWithoutByteOrderMarkChangesNothing(String report) {
		byte[] exported = export("/reports/" + report + ".csv");
		String preview = preview(exported, "en");
		assertThat(preview).contains(counts(0, 0, read(exported).rows().size(), 0));
	}

}
