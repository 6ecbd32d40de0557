package org.natoportal.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.natoportal.country.CountryRepository;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.PartialDate;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Component;

/**
 * The stored records of a kind, found by the natural key a report row carries: a country
 * by ISO code, a membership by country, framework and start, a participation by country,
 * programme and start, an event by its number, a contribution by country, operation and
 * start.
 */
@Component
class ExistingRecords {

	private final CountryRepository countries;

	private final MembershipRepository memberships;

	private final ParticipationRepository participations;

	private final TimelineEventRepository events;

	private final ContributionRepository contributions;

	ExistingRecords(CountryRepository countries, MembershipRepository memberships,
			ParticipationRepository participations, TimelineEventRepository events,
			ContributionRepository contributions) {
		this.countries = countries;
		this.memberships = memberships;
		this.participations = participations;
		this.events = events;
		this.contributions = contributions;
	}

	/**
	 * Every stored record of the kind by its key (see {@link #key}) as a file in the
	 * given language writes it: a French file names a contribution's operation in French,
	 * or in English when it has no French name.
	 */
	Map<String, BaseEntity> index(ImportKind kind, Locale language) {
		return switch (kind) {
			case COUNTRIES -> byKey(this.countries.findAll(), (c) -> key(c.getIso3()));
			case MEMBERSHIPS -> byKey(this.memberships.findAll(),
					(m) -> key(m.getCountry().getIso3(), m.getFramework().getCode(), iso(m.getStartDate())));
			case PARTICIPATIONS -> byKey(this.participations.findAll(),
					(p) -> key(p.getCountry().getIso3(), p.getProgramme().getCode(), iso(p.getStartDate())));
			case EVENTS -> byKey(this.events.findAll(), (e) -> key(e.getId().toString()));
			case CONTRIBUTIONS -> byKey(this.contributions.findAll(),
					(c) -> key(c.getCountry().getIso3(), c.operation(language), iso(c.getStartDate())));
		};
	}

	/**
	 * The key of the record a row describes: its key cells, a date in its ISO form. Null
	 * when the row names no record (an event without a number is a new event).
	 */
	static String key(ImportKind kind, ImportFile.Line line) {
		List<String> parts = kind.key().stream().map((column) -> normalise(column, line.cell(column))).toList();
		if (parts.stream().allMatch(String::isEmpty)) {
			return null;
		}
		return key(parts.toArray(String[]::new));
	}

	private static String normalise(String column, String cell) {
		String value = (cell != null) ? cell.strip() : "";
		if (column.endsWith("_date") && !value.isEmpty()) {
			try {
				return PartialDate.parse(value).iso();
			}
			catch (IllegalArgumentException ex) {
				return value;
			}
		}
		return value;
	}

	private static String key(String... parts) {
		return String.join("\u001f", parts);
	}

	private static String iso(PartialDate date) {
		return (date != null) ? date.iso() : "";
	}

	private static <E extends BaseEntity> Map<String, BaseEntity> byKey(List<E> records, Function<E, String> key) {
		Map<String, BaseEntity> index = new HashMap<>();
		records.forEach((record) -> index.putIfAbsent(key.apply(record), record));
		return index;
	}

}
