package org.natoportal.country;

/**
 * The filters of the country list, as they appear in its address:
 * {@code /countries?q=kyr&framework=pfp&programme=bi&region=central-asia&status=active&sort=name}.
 */
public record CountryFilter(String q, String framework, String programme, String region, CountryStatus status,
		CountrySort sort) {

	public static CountryFilter none() {
		return new CountryFilter(null, null, null, null, null, null);
	}

	public CountrySort sortOrDefault() {
		return (this.sort != null) ? this.sort : CountrySort.NAME;
	}

}
