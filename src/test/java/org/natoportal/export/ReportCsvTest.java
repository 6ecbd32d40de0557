package org.natoportal.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.country.CountryFilter;
import org.natoportal.country.CountryListItem;
import org.natoportal.country.CountryService;
import org.natoportal.framework.FrameworkService;
import org.natoportal.framework.Membership;
import org.natoportal.programme.Participation;
import org.natoportal.programme.ProgrammeService;
import org.natoportal.support.PortalIntegrationTest;
import org.natoportal.timeline.EventKind;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineFilter;
import org.natoportal.timeline.TimelineService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV reports read back with a real CSV parser. Rows with awkward text are inserted
 * and committed (the rows are streamed on another thread, outside any test transaction)
 * and removed after each test, so the seed counts other tests rely on stay right.
 */
@PortalIntegrationTest
class ReportCsvTest {

	private static final long COUNTRY_ID = 990_001;

	private static final String SLUG = "test-republic";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TimelineService timeline;

	@Autowired
	private CountryService countries;

	@Autowired
	private FrameworkService frameworks;

	@Autowired
	private ProgrammeService programmes;

	@BeforeEach
	void insertCountryWithAwkwardText() {
		this.jdbc.update("""
				insert into country (id, iso3, slug, name_en, name_fr, region, status, partner_since, source)
				values (?, 'QQT', ?, 'Test Republic, "North"', 'République d’Essai', 'central-asia', 'ACTIVE', 2001,
				        'https://example.org/a | seed:test.txt')""", COUNTRY_ID, SLUG);
		this.jdbc.update("""
				insert into country (id, iso3, slug, name_en, name_fr, region, status, partner_since, source)
				values (?, 'QQU', 'test-arabic', 'جمهورية الاختبار', 'Тестовая Республика', 'central-asia', 'FORMER',
				        null, 'seed:test.txt')""", COUNTRY_ID + 1);
		event(990_001, "2021-02", "Визит в Брюссель, \"второй\"\nдень", "Accord signé à Genève; « été »",
				"اتفاقية الشراكة الفردية");
		event(990_002, "1994", "=HYPERLINK(\"http://evil.example\")", null, null);
		event(990_003, "2021-01-14", "+41 22 000", null, null);
		event(990_004, "2021-01", "-5 degrees", null, null);
		event(990_005, "2021", "@SUM(A1)", null, null);
		event(990_006, null, "\tindented", null, "\rreturn");
	}

	private void event(long id, String date, String titleEn, String titleFr, String descriptionEn) {
		this.jdbc.update(
				"""
						insert into timeline_event (id, country_id, event_date, kind, title_en, title_fr, description_en, source)
						values (?, ?, ?, 'MILESTONE', ?, ?, ?, 'https://example.org/event')""",
				id, COUNTRY_ID, date, titleEn, titleFr, descriptionEn);
	}

	@AfterEach
	void removeInsertedRows() {
		this.jdbc.update("delete from timeline_event where country_id = ?", COUNTRY_ID);
		this.jdbc.update("delete from country where id in (?, ?)", COUNTRY_ID, COUNTRY_ID + 1);
	}

	@Test
	void quotesCommasQuotesAndNewlinesAndKeepsNonLatinText() {
		Csv csv = csv("/reports/timeline-events.csv?country=" + SLUG);
		assertThat(csv.header()).containsExactly("event_id", "date", "kind", "country_iso3", "country_name", "title",
				"description", "framework_code", "programme_code", "source");
		CSVRecord visit = csv.rowWhere("event_id", "990001");
		assertThat(visit.get("title")).isEqualTo("Визит в Брюссель, \"второй\"\nдень");
		assertThat(visit.get("description")).isEqualTo("اتفاقية الشراكة الفردية");
		assertThat(visit.get("country_name")).isEqualTo("Test Republic, \"North\"");
		assertThat(visit.get("kind")).isEqualTo("milestone");
		assertThat(visit.get("source")).isEqualTo("https://example.org/event");
	}

	@Test
	void keepsArabicCyrillicAndFrenchCountryNames() {
		Csv english = csv("/reports/partner-countries.csv?region=central-asia&status=former");
		assertThat(english.rowWhere("country_iso3", "QQU").get("country_name")).isEqualTo("جمهورية الاختبار");
		assertThat(english.rowWhere("country_iso3", "QQU").get("partner_since")).isEmpty();
		Csv french = csv("/reports/partner-countries.csv?region=central-asia&lang=fr");
		assertThat(french.rowWhere("country_iso3", "QQU").get("country_name")).isEqualTo("Тестовая Республика");
		assertThat(french.rowWhere("country_iso3", "QQT").get("country_name")).isEqualTo("République d’Essai");
		assertThat(csv("/reports/partner-countries.csv?q=republique").column("country_iso3")).contains("QQT")
			.doesNotContain("QQU");
	}

	@Test
	void writesFrenchNamesAndTitlesWhenAskedAndFallsBackToEnglish() {
		Csv csv = csv("/reports/timeline-events.csv?country=" + SLUG + "&lang=fr");
		assertThat(csv.rowWhere("event_id", "990001").get("title")).isEqualTo("Accord signé à Genève; « été »");
		assertThat(csv.rowWhere("event_id", "990001").get("country_name")).isEqualTo("République d’Essai");
		assertThat(csv.rowWhere("event_id", "990003").get("title")).isEqualTo("'+41 22 000");
	}

	@Test
	void writesTheNoteInTheFilesLanguage() {
		String uri = "/reports/framework-memberships.csv?framework=nacc&country=kyrgyz-republic";
		assertThat(csv(uri).column("note")).containsExactly("Ended when NACC was replaced by the EAPC");
		assertThat(csv(uri + "&lang=fr").column("note"))
			.containsExactly("A pris fin lorsque le CPEA a remplacé le CCNA");
	}

	@Test
	void writesTheOperationInTheFilesLanguage() {
		String uri = "/reports/operation-contributions.csv?country=mongolia";
		assertThat(csv(uri).column("operation")).contains("ISAF", "Resolute Support").doesNotContain("FIAS");
		assertThat(csv(uri + "&lang=fr").column("operation")).contains("FIAS", "mission Resolute Support")
			.doesNotContain("ISAF");
	}

	@Test
	void neutralisesTextThatWouldRunAsAFormulaButNotNumbersOrDates() {
		Csv csv = csv("/reports/timeline-events.csv?country=" + SLUG);
		assertThat(csv.rowWhere("event_id", "990002").get("title")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
		assertThat(csv.rowWhere("event_id", "990003").get("title")).isEqualTo("'+41 22 000");
		assertThat(csv.rowWhere("event_id", "990004").get("title")).isEqualTo("'-5 degrees");
		assertThat(csv.rowWhere("event_id", "990005").get("title")).isEqualTo("'@SUM(A1)");
		assertThat(csv.rowWhere("event_id", "990006").get("title")).isEqualTo("'\tindented");
		assertThat(csv.rowWhere("event_id", "990006").get("description")).isEqualTo("'\rreturn");
		assertThat(csv.column("title"))
			.allSatisfy((title) -> assertThat(FormulaGuard.undo(title)).doesNotStartWith("'"));
		Csv contributions = csv("/reports/operation-contributions.csv?country=mongolia");
		assertThat(contributions.column("peak_personnel")).contains("233", "74");
	}

	@Test
	void writesPartialDatesAtTheirOwnPrecision() {
		Csv events = csv("/reports/timeline-events.csv?country=" + SLUG);
		assertThat(events.column("date")).containsExactly("1994", "2021", "2021-01", "2021-01-14", "2021-02", "");
		Csv memberships = csv("/reports/framework-memberships.csv?country=kyrgyz-republic&framework=nacc");
		assertThat(memberships.records()).singleElement().satisfies((row) -> {
			assertThat(row.get("start_date")).isEqualTo("1992");
			assertThat(row.get("end_date")).isEqualTo("1997");
			assertThat(row.get("current")).isEqualTo("false");
		});
		Csv contributions = csv("/reports/operation-contributions.csv?country=mongolia");
		assertThat(contributions.rowWhere("operation", "ISAF").get("start_date")).isEqualTo("2010-03");
	}

	@Test
	void timelineReportHasTheSameEventsAsTheTimelinePage() {
		TimelineFilter filter = new TimelineFilter(1994, 2004, EventKind.AGREEMENT, null, null, null);
		List<String> page = this.timeline.find(filter).stream().map((e) -> e.getId().toString()).toList();
		Csv csv = csv("/reports/timeline-events.csv?from=1994&to=2004&kind=agreement");
		assertThat(page).isNotEmpty();
		assertThat(csv.column("event_id")).containsExactlyElementsOf(page);

		List<TimelineEvent> deep = this.timeline.find(new TimelineFilter(null, null, null, null, "deep", "mongolia"));
		assertThat(csv("/reports/timeline-events.csv?programme=deep&country=mongolia").column("event_id"))
			.containsExactlyElementsOf(deep.stream().map((e) -> e.getId().toString()).toList());
	}

	@Test
	void countryReportsHaveTheSameCountriesAsTheCountryList() {
		for (CountryFilter filter : List.of(new CountryFilter(null, "ici", null, null, null, null),
				new CountryFilter("armenie", null, null, null, null, null),
				new CountryFilter(null, null, "bi", "central-asia", null, null))) {
			List<String> page = this.countries.search(filter, Locale.ENGLISH)
				.stream()
				.map((item) -> item.country().getIso3())
				.toList();
			String query = query(filter);
			assertThat(csv("/reports/partner-countries.csv?" + query).column("country_iso3")).as(query)
				.containsExactlyInAnyOrderElementsOf(page)
				.isNotEmpty();
			assertThat(csv("/reports/country-framework-matrix.csv?" + query).column("country_iso3")).as(query)
				.containsExactlyInAnyOrderElementsOf(page);
		}
		List<CountryListItem> all = this.countries.search(CountryFilter.none(), Locale.ENGLISH);
		assertThat(csv("/reports/partner-countries.csv").records()).hasSize(all.size());
	}

	@Test
	void membershipReportHasTheMembersOfTheFrameworkPage() {
		List<Membership> page = this.frameworks.page("pfp").memberships();
		Csv csv = csv("/reports/framework-memberships.csv?framework=pfp");
		assertThat(csv.column("country_iso3"))
			.containsExactlyInAnyOrderElementsOf(page.stream().map((m) -> m.getCountry().getIso3()).toList());
		assertThat(csv.column("framework_code")).containsOnly("PFP");
		assertThat(csv("/reports/framework-memberships.csv?framework=pfp&current=true").column("current"))
			.containsOnly("true")
			.hasSize((int) page.stream().filter(Membership::isCurrent).count());
	}

	@Test
	void participationReportHasTheParticipantsOfTheProgrammePage() {
		List<Participation> page = this.programmes.page("bi").participations();
		Csv csv = csv("/reports/programme-participations.csv?programme=BI");
		assertThat(csv.column("country_iso3"))
			.containsExactlyInAnyOrderElementsOf(page.stream().map((p) -> p.getCountry().getIso3()).toList());
		assertThat(csv("/reports/programme-participations.csv?programme=bi&region=central-asia").column("country_iso3"))
			.containsExactlyInAnyOrderElementsOf(page.stream()
				.filter((p) -> p.getCountry().getRegion().equals("central-asia"))
				.map((p) -> p.getCountry().getIso3())
				.toList());
	}

	@Test
	void yearRangeKeepsThePeriodsThatOverlapIt() {
		Csv csv = csv("/reports/operation-contributions.csv?country=mongolia&from=2008&to=2012");
		assertThat(csv.column("operation")).contains("ISAF")
			.doesNotContain("KFOR", "Resolute Support")
			.anySatisfy((operation) -> assertThat(operation).startsWith("Afghanistan artillery"));
		Csv nacc = csv("/reports/framework-memberships.csv?framework=nacc&from=1998");
		assertThat(nacc.records()).isEmpty();
	}

	@Test
	void countriesReportListsFrameworksAndProgrammesOncePerCountry() {
		Csv csv = csv("/reports/partner-countries.csv?q=kyrgyz");
		CSVRecord kyrgyz = csv.rowWhere("country_iso3", "KGZ");
		assertThat(kyrgyz.get("frameworks")).isEqualTo("NACC;PFP;EAPC");
		assertThat(kyrgyz.get("current_frameworks")).isEqualTo("PFP;EAPC");
		assertThat(kyrgyz.get("programmes")).isEqualTo("SPS;PARP;IPCP;BI;DEEP");
		assertThat(kyrgyz.get("partner_since")).isEqualTo("1992");
		CSVRecord malta = csv("/reports/partner-countries.csv?q=malta").rowWhere("country_iso3", "MLT");
		assertThat(malta.get("frameworks")).isEqualTo("PFP;EAPC");
	}

	@Test
	void matrixGivesTheYearEachCountryFirstJoinedEachFramework() {
		Csv csv = csv("/reports/country-framework-matrix.csv?q=kyrgyz");
		assertThat(csv.header()).startsWith("country_iso3", "country_name").contains("nacc", "pfp", "eapc", "md");
		CSVRecord kyrgyz = csv.rowWhere("country_iso3", "KGZ");
		assertThat(kyrgyz.get("nacc")).isEqualTo("1992");
		assertThat(kyrgyz.get("pfp")).isEqualTo("1994");
		assertThat(kyrgyz.get("md")).isEmpty();
		assertThat(kyrgyz.get("nacc_source")).isEqualTo("seed:003_797da81ccb975404.txt");
		assertThat(kyrgyz.get("md_source")).isEmpty();
		assertThat(csv("/reports/country-framework-matrix.csv?q=malta").rowWhere("country_iso3", "MLT").get("pfp"))
			.isEqualTo("1995");
	}

	@Test
	void namesTheFileAfterTheReportAndTheDateAndSaysItIsUtf8Csv() {
		MockHttpServletResponse response = response("/reports/timeline-events.csv");
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION))
			.matches("attachment; filename=\"timeline-events-\\d{4}-\\d{2}-\\d{2}\\.csv\"");
		assertThat(Csv.parse(response.getContentAsByteArray()).records()).hasSize(455 + 6);
	}

	@Test
	void startsWithAByteOrderMarkOnlyWhenAskedForExcel() {
		byte[] plain = response("/reports/partner-countries.csv").getContentAsByteArray();
		byte[] excel = response("/reports/partner-countries.csv?bom=true").getContentAsByteArray();
		assertThat(new String(plain, 0, 12, StandardCharsets.UTF_8)).isEqualTo("country_iso3");
		assertThat(Arrays.copyOf(excel, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		assertThat(Arrays.copyOfRange(excel, 3, excel.length)).isEqualTo(plain);
	}

	@Test
	void unknownReportOrBadFilterValueIsABadRequestNamingTheParameter() {
		assertBadRequest("/reports/nonsense.csv", "report");
		assertBadRequest("/reports/timeline-events.csv?kind=party", "kind");
		assertBadRequest("/reports/timeline-events.csv?from=abc", "from");
		assertBadRequest("/reports/timeline-events.csv?from=2000&to=1990", "to");
		assertBadRequest("/reports/timeline-events.csv?country=atlantis", "country");
		assertBadRequest("/reports/partner-countries.csv?framework=xyz", "framework");
		assertBadRequest("/reports/partner-countries.csv?status=bogus", "status");
		assertBadRequest("/reports/partner-countries.csv?region=atlantis", "region");
		assertBadRequest("/reports/partner-countries.csv?kind=agreement", "kind");
		assertBadRequest("/reports/framework-memberships.csv?current=maybe", "current");
		assertBadRequest("/reports/timeline-events.csv?lang=de", "lang");
		assertBadRequest("/reports/timeline-events.csv?bom=maybe", "bom");
		assertBadRequest("/reports/nonsense.json", "report");
		assertBadRequest("/reports/dataset.zip?from=1994", "from");
	}

	private void assertBadRequest(String uri, String parameter) {
		assertThat(this.mvc.get().uri(uri)).as(uri)
			.hasStatus(400)
			.bodyText()
			.contains("“" + parameter + "”")
			.doesNotContain("Exception");
	}

	private Csv csv(String uri) {
		MockHttpServletResponse response = response(uri);
		assertThat(response.getStatus()).as(uri).isEqualTo(200);
		return Csv.parse(response.getContentAsByteArray());
	}

	private MockHttpServletResponse response(String uri) {
		return this.mvc.get().uri(uri).exchange().getResponse();
	}

	private static String query(CountryFilter filter) {
		StringBuilder query = new StringBuilder();
		append(query, "q", filter.q());
		append(query, "framework", filter.framework());
		append(query, "programme", filter.programme());
		append(query, "region", filter.region());
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append(query.isEmpty() ? "" : "&").append(name).append('=').append(value);
		}
	}

}
