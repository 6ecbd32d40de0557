package org.natoportal.timeline;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.natoportal.country.Country;
import org.natoportal.framework.Framework;
import org.natoportal.programme.Programme;
import org.natoportal.shared.FilterValues;
import org.natoportal.shared.FilterValues.YearRange;
import org.natoportal.shared.PartialDate;
import org.natoportal.system.InvalidFilterException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the cross-country timeline with its filters. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private static final Sort CHRONOLOGICAL = Sort.by(Sort.Order.asc("date").nullsLast(), Sort.Order.asc("id"));

	private final TimelineEventRepository events;

	private final FilterValues filterValues;

	TimelineService(TimelineEventRepository events, FilterValues filterValues) {
		this.events = events;
		this.filterValues = filterValues;
	}

	/**
	 * The events matching the filter in chronological order, undated events last.
	 * @throws InvalidFilterException naming the parameter whose value names nothing known
	 * or makes the range empty
	 */
	public List<TimelineEvent> find(TimelineFilter filter) {
		return this.events.findAll(specification(filter), CHRONOLOGICAL);
	}

	public List<TimelineEvent> latest(int count) {
		return this.events.findLatest(Limit.of(count));
	}

	/**
	 * The query of the timeline page for the filter, also used by the CSV report of
	 * timeline events so both give the same events. Fetches each event's country,
	 * framework and programme with it, except in a count query.
	 * @throws InvalidFilterException naming the parameter whose value names nothing known
	 * or makes the range empty
	 */
	public Specification<TimelineEvent> specification(TimelineFilter filter) {
		YearRange years = this.filterValues.years("from", filter.from(), "to", filter.to());
		PartialDate from = years.from();
		PartialDate until = years.until();
		Country country = this.filterValues.country("country", filter.country());
		Framework framework = this.filterValues.framework("framework", filter.framework());
		Programme programme = this.filterValues.programme("programme", filter.programme());
		return (root, query, cb) -> {
			if (Long.class != query.getResultType() && long.class != query.getResultType()) {
				root.fetch("country", JoinType.LEFT);
				root.fetch("framework", JoinType.LEFT);
				root.fetch("programme", JoinType.LEFT);
			}
			List<Predicate> predicates = new ArrayList<>();
			if (from != null) {
				predicates.add(cb.greaterThanOrEqualTo(root.get("date"), from));
			}
			if (until != null) {
				predicates.add(cb.lessThan(root.get("date"), until));
			}
			if (filter.kind() != null) {
				predicates.add(cb.equal(root.get("kind"), filter.kind()));
			}
			if (country != null) {
				predicates.add(cb.equal(root.get("country"), country));
			}
			if (framework != null) {
				predicates.add(cb.equal(root.get("framework"), framework));
			}
			if (programme != null) {
				predicates.add(cb.equal(root.get("programme"), programme));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

}
