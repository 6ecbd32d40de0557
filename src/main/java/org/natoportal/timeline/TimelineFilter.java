package org.natoportal.timeline;

/**
 * The filters of the cross-country timeline, as they appear in its address:
 * {@code /timeline?from=1994&to=2004&kind=agreement&framework=pfp&programme=&country=georgia}.
 */
public record TimelineFilter(Integer from, Integer to, EventKind kind, String framework, String programme,
		String country) {

	public static TimelineFilter none() {
		return new TimelineFilter(null, null, null, null, null, null);
	}

	public boolean isEmpty() {
		return this.equals(none());
	}

}
