package org.natoportal.country;

/** Orders of the country list; labels live in the bundles as {@code CountrySort.NAME}. */
public enum CountrySort {

	NAME, PARTNER_SINCE, REGION

}
