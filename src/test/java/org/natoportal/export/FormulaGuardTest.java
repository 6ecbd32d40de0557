package org.natoportal.export;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FormulaGuardTest {

	@Test
	void putsAQuoteBeforeTextThatASpreadsheetWouldRunAsAFormula() {
		assertThat(FormulaGuard.neutralise("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(FormulaGuard.neutralise("+1")).isEqualTo("'+1");
		assertThat(FormulaGuard.neutralise("-1")).isEqualTo("'-1");
		assertThat(FormulaGuard.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(FormulaGuard.neutralise("\tx")).isEqualTo("'\tx");
		assertThat(FormulaGuard.neutralise("\rx")).isEqualTo("'\rx");
	}

	@Test
	void leavesOrdinaryTextAlone() {
		assertThat(FormulaGuard.neutralise("Partnership for Peace")).isEqualTo("Partnership for Peace");
		assertThat(FormulaGuard.neutralise("'s-Hertogenbosch")).isEqualTo("'s-Hertogenbosch");
		assertThat(FormulaGuard.neutralise("a=b")).isEqualTo("a=b");
		assertThat(FormulaGuard.neutralise("")).isEmpty();
		assertThat(FormulaGuard.neutralise("'")).isEqualTo("'");
		assertThat(FormulaGuard.neutralise(null)).isNull();
	}

	@Test
	void undoGivesBackEveryOriginalText() {
		List<String> texts = List.of("=1+1", "'=1+1", "''=1+1", "-", "'", "''", "'s-Hertogenbosch", "plain", "", "@",
				"\t", "\r\n", "'\t", "Тбилиси", "=قطر");
		for (String text : texts) {
			assertThat(FormulaGuard.undo(FormulaGuard.neutralise(text))).as("round trip of %s", text).isEqualTo(text);
		}
		assertThat(FormulaGuard.undo(null)).isNull();
	}

	@Test
	void aTextThatAlreadyLooksNeutralisedGetsOneMoreQuote() {
		assertThat(FormulaGuard.neutralise("'=1+1")).isEqualTo("''=1+1");
		assertThat(FormulaGuard.undo("''=1+1")).isEqualTo("'=1+1");
	}

}
