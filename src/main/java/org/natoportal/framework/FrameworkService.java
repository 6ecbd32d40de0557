package org.natoportal.framework;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.natoportal.system.NotFoundException;
import org.natoportal.timeline.TimelineEventRepository;
import org.natoportal.timeline.TimelineYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partnership frameworks with their members. */
@Service
@Transactional(readOnly = true)
public class FrameworkService {

	private final FrameworkRepository frameworks;

	private final MembershipRepository memberships;

	private final TimelineEventRepository events;

	FrameworkService(FrameworkRepository frameworks, MembershipRepository memberships, TimelineEventRepository events) {
		this.frameworks = frameworks;
		this.memberships = memberships;
		this.events = events;
	}

	/** All frameworks, oldest first. */
	public List<Framework> all() {
		return this.frameworks.findAllByOrderByEstablishedYearAscCodeAsc();
	}

	/** All frameworks, oldest first, each with its count of current members. */
	public List<FrameworkSummary> summaries() {
		Map<Long, Long> counts = this.memberships.countCurrentMembersByFramework()
			.stream()
			.collect(Collectors.toMap((row) -> (Long) row[0], (row) -> (Long) row[1]));
		return all().stream().map((f) -> new FrameworkSummary(f, counts.getOrDefault(f.getId(), 0L))).toList();
	}

	/** The page of the framework whose code (any case) is given. */
	public FrameworkPage page(String code) {
		Framework framework = this.frameworks.findByCode(code.toUpperCase(Locale.ROOT))
			.orElseThrow(() -> new NotFoundException("framework", code));
		List<Membership> memberships = this.memberships.findByFrameworkOrderByStartDateAscIdAsc(framework);
		long current = memberships.stream()
			.filter(Membership::isCurrent)
			.map((m) -> m.getCountry().getId())
			.distinct()
			.count();
		return new FrameworkPage(framework, memberships, current,
				TimelineYear.group(this.events.findByFrameworkOrderByDateAscIdAsc(framework)));
	}

}
