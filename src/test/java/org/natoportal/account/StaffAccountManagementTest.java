package org.natoportal.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Administrators manage staff accounts at /admin/users. The acting administrator is
 * {@code test.admin}, an account of its own; every account a test creates starts with
 * {@code test.} and is removed afterwards.
 */
@PortalIntegrationTest
class StaffAccountManagementTest {

	private static final String ADMIN = "test.admin";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	private StaffAccount editor;

	@BeforeEach
	void createAccounts() {
		String hash = this.passwordEncoder.encode("fixture passphrase");
		this.accounts.save(new StaffAccount(ADMIN, "Test Administrator", hash, StaffRole.ADMIN));
		this.editor = this.accounts.save(new StaffAccount("test.editor", "Test Editor", hash, StaffRole.EDITOR));
	}

	@AfterEach
	void removeAccounts() {
		this.accounts.findAll()
			.stream()
			.filter((account) -> account.getUsername().startsWith("test."))
			.forEach(this.accounts::delete);
	}

	@Test
	void listsAccountsWithSearchRoleFilterOrderAndPages() {
		String hash = this.passwordEncoder.encode("fixture passphrase");
		for (int i = 1; i <= 23; i++) {
			this.accounts.save(new StaffAccount("test.page%02d".formatted(i), "Person " + (char) ('Z' - i), hash,
					StaffRole.EDITOR));
		}
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=TEST.PAGE"))).hasStatusOk()
			.bodyText()
			.contains("23 accounts", "test.page01", "test.page20", "Page 1 of 2", "Next page")
			.doesNotContain("test.page21", "test.admin");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=test.page&page=2"))).hasStatusOk()
			.bodyText()
			.contains("test.page21", "test.page23", "Page 2 of 2", "Previous page")
			.doesNotContain("test.page20");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=test.page&sort=name"))).hasStatusOk()
			.bodyText()
			.contains("test.page23", "Person C", "test.page04")
			.doesNotContain("test.page01", "test.page03");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=test.&role=admin"))).hasStatusOk()
			.bodyText()
			.contains("One account", "test.admin")
			.doesNotContain("test.editor");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=Test Editor"))).bodyText()
			.contains("One account", "test.editor");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=%25"))).bodyText().contains("No accounts");
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?sort=passwordHash"))).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void createsAnAccountWithALowerCaseUsername() {
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/new"))).hasStatusOk().bodyText().contains("New account");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "Test.New")
			.param("displayName", "  New Person ")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("password", "a fresh passphrase")
			.with(csrf()))).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
		StaffAccount created = this.accounts.findByUsername("test.new").orElseThrow();
		assertThat(created.getDisplayName()).isEqualTo("New Person");
		assertThat(created.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(created.isEnabled()).isTrue();
		assertThat(this.passwordEncoder.matches("a fresh passphrase", created.getPasswordHash())).isTrue();
		assertThat(asAdmin(this.mvc.get().uri("/admin/users?q=test.new"))).bodyText().contains("test.new");
	}

	@Test
	void aNewAccountBreakingTheRulesIsShownAgainWithMessagesAndNothingStored() throws Exception {
		assertRefusedCreation("", "a fresh passphrase", "Enter a username.");
		assertRefusedCreation("test.bad name!", "a fresh passphrase",
				"Use only letters, digits, dots, hyphens and underscores");
		assertRefusedCreation(".test.dot", "a fresh passphrase", "starting with a letter or digit");
		assertRefusedCreation("test." + "x".repeat(60), "a fresh passphrase", "at most 64 characters");
		assertRefusedCreation("TEST.Editor", "a fresh passphrase", "This username is already in use");
		assertRefusedCreation("test.short", "eleven char", "A password has at least 12 characters.");
		assertRefusedCreation("test.short", "", "Enter a password.");
		assertRefusedCreation("test.samesame.x", "TEST.SAMESAME.X", "The password cannot be the username.");
		assertRefusedCreation("test.toolong", "é".repeat(40), "at most 72 bytes");
		assertThat(this.accounts.findAll()).extracting(StaffAccount::getUsername)
			.filteredOn((name) -> name.startsWith("test.") || name.startsWith(".test"))
			.containsExactlyInAnyOrder("test.admin", "test.editor");
	}

	@Test
	void aMissingRoleOrTooLongDisplayNameIsShownBesideItsField() {
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "test.shape")
			.param("displayName", "N".repeat(201))
			.param("role", "")
			.param("password", "a fresh passphrase")
			.with(csrf()))).hasStatusOk()
			.bodyText()
			.contains("A display name has at most 200 characters.", "Choose a role.");
		assertThat(this.accounts.findByUsername("test.shape")).isEmpty();
	}

	private void assertRefusedCreation(String username, String password, String message) throws Exception {
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("displayName", "Typed Display Name")
			.param("role", "EDITOR")
			.param("password", password)
			.with(csrf()))).hasStatusOk().bodyText().contains(message, "Typed Display Name", "Nothing was saved");
		String page = asAdmin(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", username)
			.param("role", "EDITOR")
			.param("password", password)
			.with(csrf())).getResponse().getContentAsString();
		assertThat(page).contains("id=\"username\" name=\"username\" value=\"" + username + "\"");
		if (!password.isEmpty()) {
			assertThat(page).doesNotContain(password);
		}
	}

	@Test
	void editsDisplayNameRoleStateAndPassword() {
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/{id}", this.editor.getId()))).hasStatusOk()
			.bodyText()
			.contains("Account test.editor", "Test Editor");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}", this.editor.getId())
			.param("displayName", "Renamed Editor")
			.param("role", "ADMIN")
			.param("_enabled", "on")
			.param("password", "a reset passphrase")
			.param("version", Long.toString(this.editor.getVersion()))
			.with(csrf()))).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin/users");
		StaffAccount saved = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(saved.getDisplayName()).isEqualTo("Renamed Editor");
		assertThat(saved.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(saved.isEnabled()).isFalse();
		assertThat(this.passwordEncoder.matches("a reset passphrase", saved.getPasswordHash())).isTrue();
		assertThat(saved.getVersion()).isGreaterThan(this.editor.getVersion());
	}

	@Test
	void aBlankPasswordOnEditKeepsTheCurrentOneAndAShortOneIsRefused() {
		String before = this.editor.getPasswordHash();
		assertThat(edit(this.editor, "EDITOR", true, "")).hasStatus(HttpStatus.FOUND);
		StaffAccount saved = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(saved.getPasswordHash()).isEqualTo(before);
		assertThat(edit(saved, "EDITOR", true, "too short")).hasStatusOk()
			.bodyText()
			.contains("A password has at least 12 characters.");
		assertThat(this.accounts.findByUsername("test.editor").orElseThrow().getPasswordHash()).isEqualTo(before);
	}

	@Test
	void aStaleSaveIsAConflictAndOverwritesNothing() {
		StaffAccount opened = this.editor;
		assertThat(edit(opened, "EDITOR", true, "")).hasStatus(HttpStatus.FOUND);
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}", opened.getId())
			.param("displayName", "Stale Name")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", Long.toString(opened.getVersion()))
			.with(csrf()))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this account", "Stale Name");
		StaffAccount current = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(current.getDisplayName()).isEqualTo("Edited");
		assertThat(current.getRole()).isEqualTo(StaffRole.EDITOR);
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}/delete", opened.getId())
			.param("version", Long.toString(opened.getVersion()))
			.with(csrf()))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Someone else changed this account", "Reload the page")
			.doesNotContain("save again");
		assertThat(this.accounts.findByUsername("test.editor")).isPresent();
	}

	@Test
	void aStaleSaveShowsTheStoredValuesBesideTheTypedOnesAndSavingAgainAppliesThem() {
		StaffAccount opened = this.editor;
		assertThat(edit(opened, "EDITOR", true, "")).hasStatus(HttpStatus.FOUND);
		long stored = this.accounts.findByUsername("test.editor").orElseThrow().getVersion();
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}?lang=fr", opened.getId())
			.param("displayName", "Nom périmé")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", Long.toString(opened.getVersion()))
			.with(csrf()))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Valeurs enregistrées et les vôtres", "<td>Edited</td>", "<td>Nom périmé</td>",
					"<td>Rédacteur</td>", "<td>Administrateur</td>", "enregistrez de nouveau pour appliquer les vôtres")
			.contains("name=\"version\" value=\"" + stored + "\"");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}", opened.getId())
			.param("displayName", "Nom périmé")
			.param("role", "ADMIN")
			.param("enabled", "true")
			.param("version", Long.toString(stored))
			.with(csrf()))).hasStatus(HttpStatus.FOUND);
		StaffAccount current = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(current.getDisplayName()).isEqualTo("Nom périmé");
		assertThat(current.getRole()).isEqualTo(StaffRole.ADMIN);
	}

	@Test
	void disablingAnAccountEndsItsOpenSessions() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", "test.editor")
			.param("password", "fixture passphrase")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk();
		StaffAccount current = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(edit(current, "EDITOR", true, "")).as("a change of display name only").hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatusOk();
		current = this.accounts.findByUsername("test.editor").orElseThrow();
		assertThat(edit(current, "EDITOR", false, "")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin").session(session)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?expired");
	}

	@Test
	void deletesAnAccountAfterConfirmation() {
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/{id}/delete", this.editor.getId()))).hasStatusOk()
			.bodyText()
			.contains("Delete the account test.editor?");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}/delete", this.editor.getId())
			.param("version", Long.toString(this.editor.getVersion()))
			.with(csrf()))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "Account test.editor deleted.");
		assertThat(this.accounts.findByUsername("test.editor")).isEmpty();
		assertThat(asAdmin(this.mvc.get().uri("/admin/users/{id}", this.editor.getId())))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	void anAdministratorCannotDemoteDisableOrDeleteThemself() {
		StaffAccount self = this.accounts.findByUsername(ADMIN).orElseThrow();
		assertThat(edit(self, "EDITOR", true, "")).hasStatusOk()
			.bodyText()
			.contains("You cannot take away your own administrator role");
		assertThat(edit(self, "ADMIN", false, "")).hasStatusOk()
			.bodyText()
			.contains("You cannot disable your own account");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}/delete", self.getId())
			.param("version", Long.toString(self.getVersion()))
			.with(csrf()))).hasStatusOk().bodyText().contains("You cannot delete your own account");
		StaffAccount unchanged = this.accounts.findByUsername(ADMIN).orElseThrow();
		assertThat(unchanged.getRole()).isEqualTo(StaffRole.ADMIN);
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(edit(self, "ADMIN", true, "")).hasStatus(HttpStatus.FOUND);
	}

	/**
	 * Run in a transaction rolled back afterwards, so the other administrators of the
	 * test database can be disabled for the test.
	 */
	@Test
	@Transactional
	void theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted() {
		StaffAccount last = this.accounts.save(new StaffAccount("test.last", null, "{noop}x", StaffRole.ADMIN));
		this.accounts.findByRoleAndEnabledTrueOrderById(StaffRole.ADMIN)
			.stream()
			.filter((admin) -> !admin.getUsername().equals("test.last"))
			.forEach((admin) -> admin.setEnabled(false));
		this.accounts.flush();
		assertThat(edit(last, "EDITOR", true, "")).hasStatusOk().bodyText().contains("last enabled administrator");
		assertThat(edit(last, "ADMIN", false, "")).hasStatusOk().bodyText().contains("last enabled administrator");
		assertThat(asAdmin(this.mvc.post()
			.uri("/admin/users/{id}/delete", last.getId())
			.param("version", Long.toString(last.getVersion()))
			.with(csrf()))).hasStatusOk()
			.bodyText()
			.contains("This is the last enabled administrator: it cannot be deleted.");
	}

	private MvcTestResult edit(StaffAccount account, String role, boolean enabled, String password) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri("/admin/users/{id}", account.getId())
			.param("displayName", "Edited")
			.param("role", role)
			.param("_enabled", "on")
			.param("password", password)
			.param("version", Long.toString(account.getVersion()))
			.with(csrf());
		if (enabled) {
			request.param("enabled", "true");
		}
		return asAdmin(request);
	}

	private MvcTestResult asAdmin(MockMvcRequestBuilder request) {
		return request.with(user(ADMIN).roles("ADMIN")).exchange();
	}

}
