package org.natoportal.history;

import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.support.PortalIntegrationTest;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Recent changes across the portal, and the history of staff accounts. */
@PortalIntegrationTest
class RecentChangesTest {

	private static final String SECRET_HASH = "{noop}history-test-secret";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	CountryRepository countries;

	@Autowired
	FrameworkRepository frameworks;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	TimelineEventRepository events;

	@AfterEach
	void removeTestAccount() {
		this.accounts.findByUsername("history.test").ifPresent(this.accounts::delete);
	}

	/**
	 * "Restore everything deleted together" returns to the recent changes: its outcome
	 * must show there.
	 */
	@Test
	@WithMockUser(username = "alice", roles = "EDITOR")
	void recentChangesShowTheOutcomeOfARestore() {
		assertThat(this.mvc.get()
			.uri("/admin/changes")
			.flashAttr("success", "2 records have been restored.")
			.flashAttr("failure", "1 record could not be restored.")).hasStatusOk()
			.bodyText()
			.contains("2 records have been restored.", "1 record could not be restored.");
	}

	@Test
	@WithMockUser(username = "carol", roles = "EDITOR")
	void listsChangesByAuthorAndKindWithALinkToEachHistory() {
		long id = this.countries.findBySlug("mongolia").orElseThrow().getId();
		changeMongoliasStatusNoteAndBack();

		assertThat(this.mvc.get().uri("/admin/changes?author=carol")).hasStatusOk()
			.bodyText()
			.contains("Recent changes", "2 changes", "carol", "Mongolia", "Changed")
			.contains("href=\"/admin/countries/" + id + "/history\"");
		assertThat(this.mvc.get().uri("/admin/changes?kind=events&author=carol")).hasStatusOk()
			.bodyText()
			.contains("No change matches these filters.");
		assertThat(this.mvc.get().uri("/admin/changes?kind=countries")).hasStatusOk()
			.bodyText()
			.contains("Mongolia", "href=\"/admin/countries/")
			.doesNotContain("href=\"/admin/events/", "href=\"/admin/memberships/");
	}

	@Test
	@WithMockUser(username = "dave", roles = "EDITOR")
	void namesDeletedRecordsByTheirLastValues() {
		HistoryFixtures fixtures = new HistoryFixtures(this.transaction, this.countries, this.frameworks,
				this.memberships, this.events);
		long id = fixtures.createKyrgyzEvent();
		fixtures.deleteEvent(id);

		assertThat(this.mvc.get().uri("/admin/changes?author=dave&kind=events")).hasStatusOk()
			.bodyText()
			.contains("2 changes", "Deleted", "Created", "2024-03 · " + HistoryFixtures.EVENT_TITLE)
			.contains("href=\"/admin/events/" + id + "/history\"");
	}

	@Test
	@WithMockUser(username = "carol", roles = "EDITOR")
	void pagesThroughTheWholeHistory() {
		assertThat(this.mvc.get().uri("/admin/changes")).hasStatusOk()
			.bodyText()
			.contains("Page 1 of", "Older changes")
			.doesNotContain("Newer changes");
		assertThat(this.mvc.get().uri("/admin/changes?page=2&kind=events")).hasStatusOk()
			.bodyText()
			.contains("Page 2 of", "Newer changes");
	}

	@Test
	@WithMockUser(username = "carol", roles = "EDITOR")
	void refusesFiltersItCannotUse() {
		assertThat(this.mvc.get().uri("/admin/changes?kind=planets")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/changes?page=0")).hasStatus(HttpStatus.BAD_REQUEST);
		// Staff accounts are the administrators' business.
		assertThat(this.mvc.get().uri("/admin/changes?kind=users")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void keepsStaffAccountChangesButNeverTheirPasswordHashes() {
		StaffAccount account = this.accounts
			.save(new StaffAccount("history.test", "History Test", SECRET_HASH, StaffRole.EDITOR));
		this.transaction.executeWithoutResult((status) -> {
			StaffAccount stored = this.accounts.findById(account.getId()).orElseThrow();
			stored.setPasswordHash(SECRET_HASH + "-changed");
			stored.setRole(StaffRole.ADMIN);
		});

		assertThat(this.mvc.get().uri("/admin/users/{id}/history", account.getId())).hasStatusOk()
			.bodyText()
			.contains("History of history.test", "by boss", "Role", label(StaffRole.EDITOR), label(StaffRole.ADMIN))
			.doesNotContain(SECRET_HASH, "Restore this record", "Revert to this version");
		assertThat(this.mvc.get().uri("/admin/changes?kind=users")).hasStatusOk().bodyText().contains("history.test");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from information_schema.columns where table_name = 'staff_account_aud' and column_name like '%password%'",
				Integer.class))
			.isZero();
	}

	@Test
	@WithMockUser(username = "carol", roles = "EDITOR")
	void editorsCannotReadStaffAccountHistory() {
		assertThat(this.mvc.get().uri("/admin/users/1/history")).hasStatus(HttpStatus.FORBIDDEN);
	}

	/** A role as the history shows it: by its label when the bundles have one. */
	private String label(StaffRole role) {
		return this.messages.getMessage("StaffRole." + role.name(), null, role.name(), Locale.ENGLISH);
	}

	private void changeMongoliasStatusNoteAndBack() {
		Country before = this.countries.findBySlug("mongolia").orElseThrow();
		this.transaction.executeWithoutResult((status) -> {
			Country mongolia = this.countries.findBySlug("mongolia").orElseThrow();
			mongolia.status(mongolia.getStatus(), mongolia.getStatusYear(), "History test note", null);
		});
		this.transaction.executeWithoutResult((status) -> this.countries.findBySlug("mongolia")
			.orElseThrow()
			.status(before.getStatus(), before.getStatusYear(), before.getStatusNoteEn(), before.getStatusNoteFr()));
	}

}
