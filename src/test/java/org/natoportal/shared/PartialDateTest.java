package org.natoportal.shared;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PartialDateTest {

	@Test
	void keepsEachDateAtItsOwnPrecision() {
		assertThat(PartialDate.parse("1994").iso()).isEqualTo("1994");
		assertThat(PartialDate.parse("2021-02").iso()).isEqualTo("2021-02");
		assertThat(PartialDate.parse("2021-01-14").iso()).isEqualTo("2021-01-14");
		assertThat(PartialDate.parse("1994").precision()).isEqualTo(PartialDate.Precision.YEAR);
		assertThat(PartialDate.parse("2021-02").precision()).isEqualTo(PartialDate.Precision.MONTH);
	}

	@Test
	void showsDatesInTheReadersLanguageWithoutInventingADay() {
		assertThat(PartialDate.parse("1994").format(Locale.ENGLISH)).isEqualTo("1994");
		assertThat(PartialDate.parse("2021-02").format(Locale.ENGLISH)).isEqualTo("February 2021");
		assertThat(PartialDate.parse("2021-02").format(Locale.FRENCH)).isEqualTo("février 2021");
		assertThat(PartialDate.parse("2021-01-14").format(Locale.ENGLISH)).isEqualTo("14 January 2021");
		assertThat(PartialDate.parse("2021-01-14").format(Locale.FRENCH)).isEqualTo("14 janvier 2021");
	}

	@Test
	void writesTheFirstOfTheMonthAsAnOrdinalInFrench() {
		assertThat(PartialDate.parse("1994-06-01").format(Locale.FRENCH)).isEqualTo("1er juin 1994");
		assertThat(PartialDate.parse("1994-06-01").format(Locale.ENGLISH)).isEqualTo("1 June 1994");
		assertThat(PartialDate.parse("1994-06-11").format(Locale.FRENCH)).isEqualTo("11 juin 1994");
	}

	@Test
	void sortsAYearBeforeTheMonthsAndDaysInsideIt() {
		List<PartialDate> dates = new ArrayList<>(List.of(PartialDate.parse("1995"), PartialDate.parse("1994-12-31"),
				PartialDate.parse("1994-02"), PartialDate.parse("1994"), PartialDate.parse("1994-02-01")));
		Collections.sort(dates);
		assertThat(dates).extracting(PartialDate::iso)
			.containsExactly("1994", "1994-02", "1994-02-01", "1994-12-31", "1995");
	}

	@Test
	void rejectsTextThatIsNotADateWithAMessageThatShowsTheFormat() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("abc"))
			.withMessageContaining("YYYY-MM-DD");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("1994-1"));
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("94"));
	}

	@Test
	void rejectsDaysAndMonthsThatDoNotExist() {
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-02-30"))
			.withMessageContaining("not a real calendar date");
		assertThatIllegalArgumentException().isThrownBy(() -> PartialDate.parse("2021-13"));
		assertThat(PartialDate.parse("2024-02-29").iso()).isEqualTo("2024-02-29");
	}

	@Test
	void treatsBlankAsNoDate() {
		assertThat(PartialDate.parseOrNull("  ")).isNull();
		assertThat(PartialDate.parseOrNull(null)).isNull();
	}

}
