package org.natoportal.seed;

import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.country.CountryStatus;
import org.natoportal.framework.Framework;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.Membership;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.operation.Contribution;
import org.natoportal.operation.ContributionRepository;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ParticipationRepository;
import org.natoportal.programme.Programme;
import org.natoportal.programme.ProgrammeRepository;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a whole data set (the seven CSV files of {@code src/main/resources/seed}) into an
 * empty database in one transaction: either every row is stored or none is.
 */
@Service
public class DatasetImporter {

	private final FrameworkRepository frameworks;

	private final ProgrammeRepository programmes;

	private final CountryRepository countries;

	private final MembershipRepository memberships;

	private final ParticipationRepository participations;

	private final TimelineEventRepository events;

	private final ContributionRepository contributions;

	DatasetImporter(FrameworkRepository frameworks, ProgrammeRepository programmes, CountryRepository countries,
			MembershipRepository memberships, ParticipationRepository participations, TimelineEventRepository events,
			ContributionRepository contributions) {
		this.frameworks = frameworks;
		this.programmes = programmes;
		this.countries = countries;
		this.memberships = memberships;
		this.participations = participations;
		this.events = events;
		this.contributions = contributions;
	}

	/**
	 * Imports every file of the data set.
	 * @param files opens a data set file by name, e.g. {@code countries.csv}
	 * @throws CsvFormatException naming the file, row and column of the first bad cell
	 */
	@Transactional
	public ImportCounts importAll(Function<String, Reader> files) {
		Map<String, Framework> frameworksByCode = byKey(
				this.frameworks
					.saveAll(rows(files, "frameworks.csv").stream().map(DatasetImporter::framework).toList()),
				Framework::getCode);
		Map<String, Programme> programmesByCode = byKey(
				this.programmes
					.saveAll(rows(files, "programmes.csv").stream().map(DatasetImporter::programme).toList()),
				Programme::getCode);
		Map<String, Country> countriesByIso3 = byKey(
				this.countries.saveAll(rows(files, "countries.csv").stream().map(DatasetImporter::country).toList()),
				Country::getIso3);
		List<Membership> memberships = rows(files, "memberships.csv").stream()
			.map((row) -> new Membership(row.reference("iso3", countriesByIso3::get, "country"),
					row.reference("framework_code", frameworksByCode::get, "framework"), row.date("start"),
					row.optionalDate("end"), row.optionalText("note"), row.optionalTextIfPresent("note_fr"),
					row.text("source")))
			.toList();
		List<Participation> participations = rows(files, "participations.csv").stream()
			.map((row) -> new Participation(row.reference("iso3", countriesByIso3::get, "country"),
					row.reference("programme_code", programmesByCode::get, "programme"), row.date("start"),
					row.optionalDate("end"), row.optionalText("note"), row.optionalTextIfPresent("note_fr"),
					row.text("source")))
			.toList();
		List<TimelineEvent> events = rows(files, "events.csv").stream()
			.map((row) -> new TimelineEvent(row.reference("iso3", countriesByIso3::get, "country"),
					row.optionalDate("date"), kind(row), row.text("title_en"), row.optionalText("title_fr"),
					row.text("source"))
				.describe(row.optionalText("description_en"), row.optionalText("description_fr"))
				.linkTo(row.reference("framework_code", frameworksByCode::get, "framework"),
						row.reference("programme_code", programmesByCode::get, "programme")))
			.toList();
		List<Contribution> contributions = rows(files, "contributions.csv").stream()
			.map((row) -> new Contribution(row.reference("iso3", countriesByIso3::get, "country"),
					row.text("operation"), row.optionalTextIfPresent("operation_fr"), row.optionalDate("start"),
					row.optionalDate("end"), row.optionalInteger("peak_personnel"), row.text("source")))
			.toList();
		this.memberships.saveAll(memberships);
		this.participations.saveAll(participations);
		this.events.saveAll(events);
		this.contributions.saveAll(contributions);
		return new ImportCounts(frameworksByCode.size(), programmesByCode.size(), countriesByIso3.size(),
				memberships.size(), participations.size(), events.size(), contributions.size());
	}

	private static List<CsvRow> rows(Function<String, Reader> files, String name) {
		return CsvTable.read(name, files.apply(name));
	}

	private static <T> Map<String, T> byKey(List<T> saved, Function<T, String> key) {
		Map<String, T> map = new HashMap<>();
		saved.forEach((item) -> map.put(key.apply(item), item));
		return map;
	}

	private static Framework framework(CsvRow row) {
		return new Framework(row.text("code"), row.text("name_en"), row.optionalText("name_fr"),
				row.optionalInteger("established_year"), row.optionalText("description_en"),
				row.optionalText("description_fr"), row.optionalText("source"));
	}

	private static Programme programme(CsvRow row) {
		return new Programme(row.text("code"), row.text("name_en"), row.optionalText("name_fr"),
				row.optionalInteger("launched_year"), row.optionalText("description_en"),
				row.optionalText("description_fr"), row.optionalText("source"));
	}

	private static Country country(CsvRow row) {
		return new Country(row.text("iso3"), row.text("slug"), row.text("name_en"), row.optionalText("name_fr"),
				row.text("region"))
			.status(enumValue(row, "status", CountryStatus.class), row.optionalInteger("status_year"),
					row.optionalText("status_note_en"), row.optionalText("status_note_fr"))
			.profile(row.optionalInteger("partner_since"), row.optionalText("summary_en"),
					row.optionalText("summary_fr"), row.optionalText("source"));
	}

	private static EventKind kind(CsvRow row) {
		return enumValue(row, "kind", EventKind.class);
	}

	private static <E extends Enum<E>> E enumValue(CsvRow row, String column, Class<E> type) {
		String value = row.text(column);
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value)) {
				return constant;
			}
		}
		throw row.error(column,
				"'" + value + "' is not one of "
						+ java.util.Arrays.stream(type.getEnumConstants())
							.map((c) -> c.name().toLowerCase(java.util.Locale.ROOT))
							.collect(Collectors.joining(", ")));
	}

}
