package org.natoportal.seed;

/** How many rows of each kind an import stored. */
public record ImportCounts(int frameworks, int programmes, int countries, int memberships, int participations,
		int events, int contributions) {

}
