package org.natoportal.history;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.admin.RecordType;
import org.natoportal.country.CountryRepository;
import org.natoportal.framework.FrameworkRepository;
import org.natoportal.framework.MembershipRepository;
import org.natoportal.support.PortalIntegrationTest;
import org.natoportal.timeline.TimelineEventRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change is kept with its author, its time and the values before and after. */
@PortalIntegrationTest
@WithMockUser(username = "alice", roles = "EDITOR")
class RecordHistoryTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	HistoryService history;

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

	@Test
	void recordsTheAuthorAndTheValuesBeforeAndAfterOfEveryChange() {
		long id = this.fixtures.createKyrgyzEvent();
		this.fixtures.describeAndLinkToPfp(id);
		this.fixtures.deleteEvent(id);

		RecordHistory recorded = this.history.history(RecordType.EVENT, id, Locale.ENGLISH);

		assertThat(recorded.revisions()).extracting(RecordHistory.Revision::kind)
			.containsExactly(ChangeKind.DELETED, ChangeKind.CHANGED, ChangeKind.CREATED);
		assertThat(recorded.revisions()).extracting(RecordHistory.Revision::author).containsOnly("alice");
		assertThat(recorded.revisions().get(1).changes()).containsExactly(
				new RecordHistory.FieldChange("Description (English)", null, "A description added later"),
				new RecordHistory.FieldChange("Framework", null, "PFP — Partnership for Peace"));
		assertThat(recorded.revisions().get(2).changes()).contains(
				new RecordHistory.FieldChange("Country", null, "Kyrgyz Republic"),
				new RecordHistory.FieldChange("Date", null, "2024-03"),
				new RecordHistory.FieldChange("Title (English)", null, HistoryFixtures.EVENT_TITLE));
		assertThat(recorded.revisions().get(0).changes())
			.contains(new RecordHistory.FieldChange("Title (English)", HistoryFixtures.EVENT_TITLE, null));
		assertThat(recorded.exists()).isFalse();
		assertThat(recorded.restorable()).isTrue();
	}

	@Test
	void historyPageShowsWhoChangedWhichFieldsNewestFirst() {
		long id = this.fixtures.createKyrgyzEvent();
		this.fixtures.describeAndLinkToPfp(id);

		assertThat(this.mvc.get().uri("/admin/events/{id}/history", id)).hasStatusOk()
			.bodyText()
			.contains("History of 2024-03 · " + HistoryFixtures.EVENT_TITLE)
			.contains("Changed", "Created", "by alice")
			.contains("Description (English)", "A description added later", "PFP — Partnership for Peace")
			.contains("Kyrgyz Republic", "Milestone", "2024-03")
			.contains("href=\"/admin/events/" + id + "\"", "href=\"/countries/kyrgyz-republic\"")
			.contains("Revert to this version")
			.containsPattern("<time datetime=\"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})\">")
			.doesNotContain("Restore this record");

		this.fixtures.deleteEvent(id);
	}

	@Test
	void historyPageSpeaksTheReadersLanguage() {
		long id = this.fixtures.createKyrgyzEvent();
		this.fixtures.describeAndLinkToPfp(id);
		this.fixtures.deleteEvent(id);

		assertThat(this.mvc.get().uri("/admin/events/{id}/history?lang=fr", id)).hasStatusOk()
			.bodyText()
			.contains("Historique de", "Suppression", "Modification", "Création", "par alice")
			.contains("République kirghize", "Jalon", "Rétablir cet enregistrement");
	}

	@Test
	void unknownKindsAndRecordsHaveNoHistory() {
		assertThat(this.mvc.get().uri("/admin/planets/1/history")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("planets/1");
		assertThat(this.mvc.get().uri("/admin/countries/999999999/history")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("countries/999999999");
		assertThat(this.mvc.get().uri("/admin/countries/abc/history")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/countries/0/history")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void seedDataHasItsFirstRevisionBySystem() {
		long kyrgyz = this.fixtures.kyrgyzRepublic().getId();

		assertThat(this.mvc.get().uri("/admin/countries/{id}/history", kyrgyz)).hasStatusOk()
			.bodyText()
			.contains("History of Kyrgyz Republic", "Created", "by system", "KGZ", "Central Asia");
	}

}
