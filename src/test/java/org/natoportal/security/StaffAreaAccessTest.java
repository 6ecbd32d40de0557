package org.natoportal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalIntegrationTest
class StaffAreaAccessTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void removeTestAccounts() {
		this.accounts.findByUsername("test.editor").ifPresent(this.accounts::delete);
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Staff sign-in");
	}

	@Test
	void publicPagesStayAnonymous() {
		assertThat(this.mvc.get().uri("/countries/kyrgyz-republic")).hasStatusOk()
			.bodyText()
			.contains("Kyrgyz Republic")
			.doesNotContain("Sign out");
	}

	@Test
	void staffSignInWithTheirStoredPasswordWhateverTheCaseOfTheirName() {
		this.accounts.save(new StaffAccount("test.editor", "Test Editor",
				this.passwordEncoder.encode("correct horse battery"), StaffRole.EDITOR));
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "Test.Editor")
			.param("password", "correct horse battery")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		assertThat(
				this.mvc.post().uri("/login").param("username", "test.editor").param("password", "wrong").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?error");
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void editorsReachTheStaffAreaButNotStaffAccounts() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk()
			.bodyText()
			.contains("Signed in as ed", "Timeline events", "455 records")
			.doesNotContain("Staff accounts");
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void administratorsAlsoSeeStaffAccounts() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().contains("Staff accounts");
	}

}
