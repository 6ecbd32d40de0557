package org.natoportal.programme;

import java.util.List;

import org.natoportal.timeline.TimelineYear;

/**
 * Everything a programme page shows: participants with their dates and the programme's
 * timeline.
 */
public record ProgrammePage(Programme programme, List<Participation> participations, long currentParticipants,
		List<TimelineYear> timeline) {

}
