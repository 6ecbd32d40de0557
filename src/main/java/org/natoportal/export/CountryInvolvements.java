package org.natoportal.export;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.natoportal.shared.PartialDate;

/**
 * A country's frameworks and programmes as aggregated by {@link CountryRows}: each list
 * is {@code CODE:start} items separated by semicolons, oldest first, or null when empty.
 */
record CountryInvolvements(String frameworks, String currentFrameworks, String programmes, String currentProgrammes) {

	/** The codes alone, e.g. {@code NACC;PFP;EAPC}. */
	static String codes(String periods) {
		return (periods != null) ? Arrays.stream(periods.split(";"))
			.map((item) -> item.substring(0, item.indexOf(':')))
			.collect(Collectors.joining(";")) : null;
	}

	/** When the country first joined each framework, by code. */
	Map<String, PartialDate> frameworkStarts() {
		Map<String, PartialDate> starts = new LinkedHashMap<>();
		if (this.frameworks != null) {
			for (String item : this.frameworks.split(";")) {
				int colon = item.indexOf(':');
				starts.put(item.substring(0, colon), PartialDate.parse(item.substring(colon + 1)));
			}
		}
		return starts;
	}

}
