package org.natoportal.history;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.admin.RecordType;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.support.PortalIntegrationTest;
import org.natoportal.timeline.TimelineEvent;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Nothing deleted is lost: it can be brought back from its history. */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class RestoreTest {

	/** A seed event shown on the Kyrgyz Republic's profile. */
	private static final String KYRGYZ_PFP_SIGNATURE = "Kyrgyzstan signs the Partnership for Peace Framework Document";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	RestoreService restore;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	CountryRepository countries;

	@Autowired
	FrameworkRepository frameworks;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	TimelineEventRepository events;

	HistoryFixtures fixtures;

	@BeforeEach
	void fixtures() {
		this.fixtures = new HistoryFixtures(this.transaction, this.countries, this.frameworks, this.memberships,
				this.events);
	}

	/**
	 * Puts the seed event back should a test fail half-way, so the seed counts stay
	 * intact.
	 */
	@AfterEach
	void keepTheSeedEvent() {
		if (signatureEvents() == 0) {
			Long deleted = this.jdbc.queryForObject(
					"select max(id) from timeline_event_aud where title_en = ? and revtype = 2", Long.class,
					KYRGYZ_PFP_SIGNATURE);
			this.restore.restore(RecordType.EVENT, deleted, Locale.ENGLISH);
		}
	}

	@Test
	void restoresADeletedEventOntoTheCountrysPublicPage() {
		long id = this.jdbc.queryForObject("select id from timeline_event where title_en = ?", Long.class,
				KYRGYZ_PFP_SIGNATURE);
		this.fixtures.deleteEvent(id);
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.doesNotContain(KYRGYZ_PFP_SIGNATURE);
		assertThat(this.mvc.get().uri("/admin/events/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("Deleted", "by alice", KYRGYZ_PFP_SIGNATURE, "Restore this record");

		assertThat(this.mvc.post().uri("/admin/events/{id}/restore", id).with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("success");

		assertThat(signatureEvents()).isOne();
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.contains(KYRGYZ_PFP_SIGNATURE);
		long restored = this.jdbc.queryForObject("select id from timeline_event where title_en = ?", Long.class,
				KYRGYZ_PFP_SIGNATURE);
		assertThat(this.mvc.get().uri("/admin/events/{id}/history", restored)).hasStatusOk()
			.bodyText()
			.contains("Created", "by alice", "1994-06-01", "Kyrgyz Republic", "PFP — Partnership for Peace")
			.contains("Restored from a deleted record", "href=\"/admin/events/" + id + "/history\"");
		assertThat(this.mvc.get().uri("/admin/events/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("This record has been restored as a new record",
					"href=\"/admin/events/" + restored + "/history\"")
			.doesNotContain("Restore this record");
		assertThat(this.mvc.post().uri("/admin/events/{id}/restore", id).with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.hasEntrySatisfying("failure", (message) -> assertThat(message).asString().contains("already"));
		assertThat(signatureEvents()).isOne();
	}

	@Test
	void restoreNeedsTheFormsCsrfToken() {
		long id = this.jdbc.queryForObject("select id from timeline_event where title_en = ?", Long.class,
				KYRGYZ_PFP_SIGNATURE);
		assertThat(this.mvc.post().uri("/admin/events/{id}/restore", id)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(signatureEvents()).isOne();
	}

	@Test
	void refusesToRestoreARecordThatStillExists() {
		long id = this.fixtures.createKyrgyzEvent();

		assertThat(this.mvc.post().uri("/admin/events/{id}/restore", id).with(csrf())).hasStatus(HttpStatus.FOUND)
			.flash()
			.hasEntrySatisfying("failure", (message) -> assertThat(message).asString().contains("still stored"));

		this.fixtures.deleteEvent(id);
	}

	@Test
	void restoresAMembershipOnlyOnceItsCountryIsBack() {
		long[] ids = this.fixtures.createHistorylandWithMembership();
		this.fixtures.deleteMembershipThenCountry(ids[0], ids[1]);

		assertThat(this.mvc.post().uri("/admin/memberships/{id}/restore", ids[1]).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.hasEntrySatisfying("failure", (message) -> assertThat(message).asString().contains("“Historyland”"));
		assertThat(this.jdbc.queryForObject("select count(*) from membership where id = ?", Integer.class, ids[1]))
			.isZero();

		assertThat(this.mvc.post().uri("/admin/countries/{id}/restore", ids[0]).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("success");
		assertThat(this.mvc.post().uri("/admin/memberships/{id}/restore", ids[1]).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsKey("success");

		long historyland = this.jdbc.queryForObject("select id from country where slug = 'historyland'", Long.class);
		long membership = this.jdbc.queryForObject("select id from membership where country_id = ?", Long.class,
				historyland);
		assertThat(this.mvc.get().uri("/countries/historyland")).hasStatusOk()
			.bodyText()
			.contains("Historyland", "2001");
		this.fixtures.deleteMembershipThenCountry(historyland, membership);
	}

	@Test
	void restoresEverythingDeletedTogetherInOneGo() {
		long[] ids = this.fixtures.createHistorylandWithMembership();
		this.fixtures.deleteCountryWithItsMembership(ids[0], ids[1]);
		long revision = this.jdbc.queryForObject("select max(rev) from country_aud where id = ?", Long.class, ids[0]);

		assertThat(this.mvc.get().uri("/admin/countries/{id}/history", ids[0])).hasStatusOk()
			.bodyText()
			.contains("Restore this record", "Restore it with the other record deleted with it")
			.contains("action=\"/admin/changes/" + revision + "/restore\"");
		assertThat(this.mvc.post().uri("/admin/changes/{revision}/restore", revision).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "2 records have been restored. Restored records are stored again as new records.")
			.doesNotContainKey("failure");

		long historyland = this.jdbc.queryForObject("select id from country where slug = 'historyland'", Long.class);
		long membership = this.jdbc.queryForObject("select id from membership where country_id = ?", Long.class,
				historyland);
		assertThat(this.mvc.get().uri("/countries/historyland")).hasStatusOk()
			.bodyText()
			.contains("Historyland", "2001");
		this.fixtures.deleteMembershipThenCountry(historyland, membership);
	}

	@Test
	void revertsARecordToAnEarlierVersion() {
		long id = this.fixtures.createKyrgyzEvent();
		this.fixtures.describeAndLinkToPfp(id);
		Long firstRevision = this.jdbc.queryForObject("select min(rev) from timeline_event_aud where id = ?",
				Long.class, id);

		assertThat(this.mvc.post()
			.uri("/admin/events/{id}/revert", id)
			.param("revision", firstRevision.toString())
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/events/" + id + "/history");

		TimelineEvent reverted = this.fixtures.inTransaction(() -> {
			TimelineEvent event = this.events.findById(id).orElseThrow();
			return (event.getFramework() == null) ? event : null;
		});
		assertThat(reverted).isNotNull();
		assertThat(reverted.getDescriptionEn()).isNull();
		assertThat(this.mvc.get().uri("/admin/events/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("PFP — Partnership for Peace");
		this.fixtures.deleteEvent(id);
	}

	private int signatureEvents() {
		return this.jdbc.queryForObject("select count(*) from timeline_event where title_en = ?", Integer.class,
				KYRGYZ_PFP_SIGNATURE);
	}

}
