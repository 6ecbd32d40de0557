package org.natoportal.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.shared.PartialDate;
import org.natoportal.system.InvalidFilterException;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the cross-country timeline with its filters. */
@Service
@Transactional(readOnly = true)
public class TimelineService {

	private static final Sort CHRONOLOGICAL = Sort.by(Sort.Order.asc("date").nullsLast(), Sort.Order.asc("id"));

	private final TimelineEventRepository events;

	private final CountryRepository countries;

	private final FrameworkRepository frameworks;

	private final ProgrammeRepository programmes;

	TimelineService(TimelineEventRepository events, CountryRepository countries, FrameworkRepository frameworks,
			ProgrammeRepository programmes) {
		this.events = events;
		this.countries = countries;
		this.frameworks = frameworks;
		this.programmes = programmes;
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

	Specification<TimelineEvent> specification(TimelineFilter filter) {
		if (filter.from() != null && filter.to() != null && filter.to() < filter.from()) {
			throw new InvalidFilterException("to", filter.to().toString());
		}
		PartialDate from = (filter.from() != null) ? year("from", filter.from()) : null;
		PartialDate until = (filter.to() != null) ? year("to", filter.to() + 1) : null;
		Country country = StringUtils.hasText(filter.country()) ? this.countries.findBySlug(filter.country().strip())
			.orElseThrow(() -> new InvalidFilterException("country", filter.country())) : null;
		Framework framework = StringUtils.hasText(filter.framework())
				? this.frameworks.findByCode(filter.framework().strip().toUpperCase(Locale.ROOT))
					.orElseThrow(() -> new InvalidFilterException("framework", filter.framework()))
				: null;
		Programme programme = StringUtils.hasText(filter.programme())
				? this.programmes.findByCode(filter.programme().strip().toUpperCase(Locale.ROOT))
					.orElseThrow(() -> new InvalidFilterException("programme", filter.programme()))
				: null;
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

	private static PartialDate year(String parameter, int year) {
		try {
			return PartialDate.ofYear(year);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidFilterException(parameter, Integer.toString(year));
		}
	}

}
