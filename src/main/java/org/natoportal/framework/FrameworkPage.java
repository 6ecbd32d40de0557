package org.natoportal.framework;

import java.util.List;

import org.natoportal.timeline.TimelineYear;

/**
 * Everything a framework page shows: members with their dates and the framework's
 * timeline.
 */
public record FrameworkPage(Framework framework, List<Membership> memberships, long currentMembers,
		List<TimelineYear> timeline) {

}
