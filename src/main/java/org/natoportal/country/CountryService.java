package org.natoportal.country;

import java.text.Collator;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import org.natoportal.framework.Framework;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.Contribution;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.Programme;
import org.natoportal.shared.BaseEntity;
import org.natoportal.shared.FilterValues;
import org.natoportal.shared.LikePattern;
import org.natoportal.shared.Sources;
import org.natoportal.system.InvalidFilterException;
import org.natoportal.system.NotFoundException;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;
import org.natoportal.timeline.TimelineYear;

import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads partner countries: the filtered list and the full profile. */
@Service
@Transactional(readOnly = true)
public class CountryService {

	/** Accented letters folded to ASCII in the database, so "armenie" finds "Arménie". */
	private static final String ACCENTED = "àáâäãåçèéêëìíîïñòóôöõùúûüýÿœæ";

	private static final String PLAIN = "aaaaaaceeeeiiiinooooouuuuyyoa";

	private final CountryRepository countries;

	private final MembershipRepository memberships;

	private final ParticipationRepository participations;

	private final ContributionRepository contributions;

	private final TimelineEventRepository events;

	private final FilterValues filterValues;

	CountryService(CountryRepository countries, MembershipRepository memberships,
			ParticipationRepository participations, ContributionRepository contributions,
			TimelineEventRepository events, FilterValues filterValues) {
		this.countries = countries;
		this.filterValues = filterValues;
		this.memberships = memberships;
		this.participations = participations;
		this.contributions = contributions;
		this.events = events;
	}

	/**
	 * The countries matching the filter, sorted for the reader's language.
	 * @throws InvalidFilterException naming the parameter whose value names nothing known
	 */
	public List<CountryListItem> search(CountryFilter filter, Locale locale) {
		List<Country> found = this.countries.findAll(specification(filter));
		Map<Long, List<Membership>> membershipsByCountry = found.isEmpty() ? Map.of()
				: this.memberships.findByCountryInOrderByStartDateAsc(found)
					.stream()
					.collect(Collectors.groupingBy((m) -> m.getCountry().getId()));
		return found.stream()
			.sorted(comparator(filter.sortOrDefault(), locale))
			.map((c) -> new CountryListItem(c, membershipsByCountry.getOrDefault(c.getId(), List.of())))
			.toList();
	}

	public List<String> regions() {
		return this.countries.findRegions();
	}

	public CountryProfile profile(String slug) {
		Country country = this.countries.findBySlug(slug).orElseThrow(() -> new NotFoundException("country", slug));
		List<Membership> memberships = this.memberships.findByCountryOrderByStartDateAsc(country);
		List<Participation> participations = this.participations.findByCountryOrderByStartDateAsc(country);
		List<Contribution> contributions = this.contributions.findByCountryOrderByStartDateAscOperationAsc(country);
		List<TimelineEvent> timeline = this.events.findByCountryOrderByDateAscIdAsc(country);
		List<BaseEntity> facts = new ArrayList<>();
		facts.add(country);
		facts.addAll(memberships);
		facts.addAll(participations);
		facts.addAll(contributions);
		facts.addAll(timeline);
		List<String> citations = Stream.of(Stream.of(country.getSource()),
				memberships.stream().map(Membership::getSource), participations.stream().map(Participation::getSource),
				contributions.stream().map(Contribution::getSource), timeline.stream().map(TimelineEvent::getSource))
			.flatMap((s) -> s)
			.filter(Objects::nonNull)
			.toList();
		Instant lastUpdated = facts.stream()
			.map(BaseEntity::getUpdatedAt)
			.filter(Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return new CountryProfile(country, memberships, participations, contributions, TimelineYear.group(timeline),
				timeline.size(), Sources.distinct(citations), lastUpdated);
	}

	/**
	 * The query of the country list for the filter, also used by the CSV reports on
	 * countries so both give the same countries.
	 * @throws InvalidFilterException naming the parameter whose value names nothing known
	 */
	public Specification<Country> specification(CountryFilter filter) {
		Framework framework = this.filterValues.framework("framework", filter.framework());
		Programme programme = this.filterValues.programme("programme", filter.programme());
		String region = this.filterValues.region("region", filter.region());
		String folded = (filter.q() != null) ? fold(filter.q()) : "";
		String text = folded.isEmpty() ? null : folded;
		return (root, query, cb) -> {
			List<Predicate> predicates = new ArrayList<>();
			if (text != null) {
				String pattern = LikePattern.containing(text);
				predicates.add(cb.or(cb.like(folded(cb, root.get("nameEn")), pattern, LikePattern.ESCAPE),
						cb.like(folded(cb, root.get("nameFr")), pattern, LikePattern.ESCAPE),
						cb.equal(cb.lower(root.get("iso3")), text)));
			}
			if (framework != null) {
				Subquery<Long> member = query.subquery(Long.class);
				var m = member.from(Membership.class);
				member.select(m.get("id"))
					.where(cb.equal(m.get("country"), root), cb.equal(m.get("framework"), framework));
				predicates.add(cb.exists(member));
			}
			if (programme != null) {
				Subquery<Long> participant = query.subquery(Long.class);
				var p = participant.from(Participation.class);
				participant.select(p.get("id"))
					.where(cb.equal(p.get("country"), root), cb.equal(p.get("programme"), programme));
				predicates.add(cb.exists(participant));
			}
			if (region != null) {
				predicates.add(cb.equal(root.get("region"), region));
			}
			if (filter.status() != null) {
				predicates.add(cb.equal(root.get("status"), filter.status()));
			}
			return cb.and(predicates.toArray(Predicate[]::new));
		};
	}

	/**
	 * The text in lower case with its accents folded to ASCII, in the database: what the
	 * text search compares, and a sort key close to the reader's alphabetical order.
	 */
	public static Expression<String> folded(CriteriaBuilder cb, Expression<String> text) {
		return cb.function("translate", String.class, cb.lower(text), cb.literal(ACCENTED), cb.literal(PLAIN));
	}

	/**
	 * Lower case without accents, matching what {@code translate} does to the stored
	 * names.
	 */
	static String fold(String text) {
		// PostgreSQL refuses a NUL byte in text, so control characters never reach it.
		String visible = text.replaceAll("\\p{Cntrl}", "").strip();
		String decomposed = Normalizer.normalize(visible.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "").replace("œ", "o").replace("æ", "a");
	}

	private static Comparator<Country> comparator(CountrySort sort, Locale locale) {
		Collator collator = Collator.getInstance(locale);
		Comparator<Country> byName = Comparator.comparing((Country c) -> c.name(locale), collator);
		return switch (sort) {
			case NAME -> byName;
			case PARTNER_SINCE ->
				Comparator.comparing(Country::getPartnerSince, Comparator.nullsLast(Comparator.naturalOrder()))
					.thenComparing(byName);
			case REGION -> Comparator.comparing(Country::getRegion).thenComparing(byName);
		};
	}

}
