package org.natoportal.country;

/** Where a country stands with NATO as a partner. */
public enum CountryStatus {

	/** A partner today. */
	ACTIVE,
	/** Still a partner on paper, but cooperation has been suspended. */
	SUSPENDED,
	/** No longer a partner because it joined the Alliance. */
	ALLY,
	/** No longer a partner for another reason. */
	FORMER

}
