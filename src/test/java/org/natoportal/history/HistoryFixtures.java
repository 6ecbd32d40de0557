package org.natoportal.history;

import java.util.function.Supplier;

import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.shared.PartialDate;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * Changes records the way the admin forms do: through the repositories, one transaction
 * (so one revision) per step, by whoever the test signs in as.
 */
class HistoryFixtures {

	static final String EVENT_TITLE = "History test: a fixture milestone";

	private final TransactionTemplate transaction;

	private final CountryRepository countries;

	private final FrameworkRepository frameworks;

	private final MembershipRepository memberships;

	private final TimelineEventRepository events;

	HistoryFixtures(TransactionTemplate transaction, CountryRepository countries, FrameworkRepository frameworks,
			MembershipRepository memberships, TimelineEventRepository events) {
		this.transaction = transaction;
		this.countries = countries;
		this.frameworks = frameworks;
		this.memberships = memberships;
		this.events = events;
	}

	<T> T inTransaction(Supplier<T> work) {
		return this.transaction.execute((status) -> work.get());
	}

	long createKyrgyzEvent() {
		return inTransaction(() -> this.events
			.save(new TimelineEvent(kyrgyzRepublic(), PartialDate.parse("2024-03"), EventKind.MILESTONE, EVENT_TITLE,
					"Essai d’historique : un jalon", "test source"))
			.getId());
	}

	void describeAndLinkToPfp(long eventId) {
		inTransaction(() -> this.events.findById(eventId)
			.orElseThrow()
			.describe("A description added later", null)
			.linkTo(this.frameworks.findAll()
				.stream()
				.filter((f) -> f.getCode().equals("PFP"))
				.findFirst()
				.orElseThrow(), null));
	}

	void deleteEvent(long eventId) {
		inTransaction(() -> {
			this.events.deleteById(eventId);
			return null;
		});
	}

	Country kyrgyzRepublic() {
		return this.countries.findBySlug("kyrgyz-republic").orElseThrow();
	}

	/** A country of its own with one membership, for tests that delete both. */
	long[] createHistorylandWithMembership() {
		return inTransaction(() -> {
			Country historyland = this.countries
				.save(new Country("ZZH", "historyland", "Historyland", "Historylande", "gulf"));
			Membership membership = this.memberships.save(new Membership(historyland, this.frameworks.findAll().get(0),
					PartialDate.parse("2001"), null, null, null, "test source"));
			return new long[] { historyland.getId(), membership.getId() };
		});
	}

	/** Deletes both in one transaction, as the admin form's confirmed cascade does. */
	void deleteCountryWithItsMembership(long countryId, long membershipId) {
		inTransaction(() -> {
			this.memberships.deleteById(membershipId);
			this.countries.deleteById(countryId);
			return null;
		});
	}

	void deleteMembershipThenCountry(long countryId, long membershipId) {
		inTransaction(() -> {
			this.memberships.deleteById(membershipId);
			return null;
		});
		inTransaction(() -> {
			this.countries.deleteById(countryId);
			return null;
		});
	}

}
