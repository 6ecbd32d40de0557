package org.natoportal.country;

import java.time.Instant;
import java.util.List;

import org.natoportal.framework.Membership;
import org.natoportal.operation.Contribution;
import org.natoportal.programme.Participation;
import org.natoportal.timeline.TimelineYear;

/**
 * Everything the country profile page shows.
 *
 * @param sources every distinct source cited by the country's facts, in order of first
 * use
 * @param lastUpdated the latest change to the country or any of its facts
 */
public record CountryProfile(Country country, List<Membership> memberships, List<Participation> participations,
		List<Contribution> contributions, List<TimelineYear> timeline, int eventCount, List<String> sources,
		Instant lastUpdated) {

}
