package org.natoportal.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.natoportal.shared.PartialDate;

/**
 * A country's frameworks and programmes as aggregated by {@link CountryRows}, oldest
 * first, or null when there are none. Each period is its code, start date and source
 * separated by {@value #FIELD}, and periods are separated by {@value #PERIOD}: control
 * characters that no code, date or source contains.
 */
record CountryInvolvements(String frameworks, String currentFrameworks, String programmes, String currentProgrammes) {

	static final String FIELD = "\u001f";

	static final String PERIOD = "\u001e";

	/** The codes alone, e.g. {@code NACC;PFP;EAPC}. */
	static String codes(String periods) {
		return (periods != null) ? periods(periods).stream().map(Period::code).collect(Collectors.joining(";")) : null;
	}

	/** When, and on what source, the country first joined each framework, by code. */
	Map<String, Period> firstFrameworkPeriods() {
		Map<String, Period> first = new LinkedHashMap<>();
		if (this.frameworks != null) {
			periods(this.frameworks).forEach((period) -> first.putIfAbsent(period.code(), period));
		}
		return first;
	}

	private static List<Period> periods(String periods) {
		return Arrays.stream(periods.split(PERIOD)).map((item) -> {
			String[] fields = item.split(FIELD, -1);
			return new Period(fields[0], PartialDate.parse(fields[1]), fields[2]);
		}).toList();
	}

	/** A country's period in a framework or programme. */
	record Period(String code, PartialDate start, String source) {

	}

}
