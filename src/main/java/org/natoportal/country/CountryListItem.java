package org.natoportal.country;

import java.util.List;

import org.natoportal.framework.Membership;

/** A row of the country list: the country and its framework memberships, oldest first. */
public record CountryListItem(Country country, List<Membership> memberships) {

	public List<Membership> currentMemberships() {
		return this.memberships.stream().filter(Membership::isCurrent).toList();
	}

}
