package org.natoportal.admin.country;

import java.util.List;
import java.util.Locale;

import org.natoportal.admin.Child;
import org.natoportal.admin.Dependent;
import org.natoportal.admin.RecordType;
import org.natoportal.framework.Membership;
import org.natoportal.operation.Contribution;
import org.natoportal.programme.Participation;
import org.natoportal.timeline.TimelineEvent;

/**
 * A country's own records: listed on its edit page, and what deleting the country would
 * take with it.
 */
record CountryRecords(List<Membership> memberships, List<Participation> participations, List<TimelineEvent> events,
		List<Contribution> contributions) {

	/** Every kind, empty ones included, so the edit page can offer to add the first. */
	List<Child.Group> groups(Locale locale) {
		return List.of(
				new Child.Group(RecordType.MEMBERSHIP, this.memberships.stream()
					.map((m) -> new Child(m.getId(), m.getFramework().name(locale), m.getStartDate(), m.getEndDate()))
					.toList()),
				new Child.Group(RecordType.PARTICIPATION, this.participations.stream()
					.map((p) -> new Child(p.getId(), p.getProgramme().name(locale), p.getStartDate(), p.getEndDate()))
					.toList()),
				new Child.Group(RecordType.EVENT,
						this.events.stream()
							.map((e) -> new Child(e.getId(), e.title(locale), e.getDate(), null))
							.toList()),
				new Child.Group(RecordType.CONTRIBUTION,
						this.contributions.stream()
							.map((c) -> new Child(c.getId(), c.operation(locale), c.getStartDate(), c.getEndDate()))
							.toList()));
	}

	/** The kinds that have records, each named with the date that tells them apart. */
	List<Dependent> dependents(Locale locale) {
		return groups(locale).stream()
			.filter((group) -> !group.children().isEmpty())
			.map((group) -> Dependent.deleted(group.type(),
					group.children().stream().map(CountryRecords::describe).toList()))
			.toList();
	}

	private static String describe(Child child) {
		return (child.start() != null) ? child.name() + " " + child.start().iso() : child.name();
	}

}
