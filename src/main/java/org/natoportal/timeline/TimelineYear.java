package org.natoportal.timeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One year of a timeline; {@code year} is null for the events whose sources give no date.
 */
public record TimelineYear(Integer year, List<TimelineEvent> events) {

	/** Groups events already in chronological order by year, undated events last. */
	public static List<TimelineYear> group(List<TimelineEvent> events) {
		Map<Integer, List<TimelineEvent>> byYear = new LinkedHashMap<>();
		List<TimelineEvent> undated = new ArrayList<>();
		for (TimelineEvent event : events) {
			if (event.getDate() == null) {
				undated.add(event);
			}
			else {
				byYear.computeIfAbsent(event.getDate().year(), (year) -> new ArrayList<>()).add(event);
			}
		}
		List<TimelineYear> years = new ArrayList<>();
		byYear.forEach((year, list) -> years.add(new TimelineYear(year, list)));
		if (!undated.isEmpty()) {
			years.add(new TimelineYear(null, undated));
		}
		return years;
	}

}
