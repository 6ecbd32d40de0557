package org.natoportal.security;

import jakarta.servlet.http.Cookie;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

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

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void removeTestAccounts() {
		this.accounts.findByUsername("test.editor").ifPresent(this.accounts::delete);
		this.throttle.clear();
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/login")).hasStatusOk().bodyText().contains("Staff sign-in");
	}

	@Test
	void anonymousPostsToTheStaffAreaAreRefused() {
		assertThat(this.mvc.post().uri("/admin/users/new").param("username", "intruder"))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("You may not do this");
		assertThat(this.mvc.post().uri("/admin/users/new").param("username", "intruder").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FOUND).redirectedUrl().endsWith("/login");
		assertThat(this.mvc.get().uri("/account/password")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.endsWith("/login");
		assertThat(this.accounts.findByUsername("intruder")).isEmpty();
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void aFormPostedWithoutCsrfTokenIsRefusedEvenForAnAdministrator() {
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "test.nocsrf")
			.param("password", "long enough password")
			.param("role", "EDITOR")).hasStatus(HttpStatus.FORBIDDEN).bodyText().contains("You may not do this");
		assertThat(this.mvc.post().uri("/logout")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.accounts.findByUsername("test.nocsrf")).isEmpty();
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void signingOutEndsOnAPageThatSaysSo() {
		MvcTestResult signedOut = this.mvc.post().uri("/logout").with(csrf()).exchange();
		assertThat(signedOut).hasStatus(HttpStatus.FOUND);
		String next = signedOut.getResponse().getRedirectedUrl();
		assertThat(this.mvc.get().uri(next)).hasStatusOk().bodyText().contains("You have signed out.");
		assertThat(this.mvc.get().uri(next + "&lang=fr")).hasStatusOk().bodyText().contains("Vous êtes déconnecté.");
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
		assertThat(this.mvc.get().uri("/admin/users")).hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("You may not do this");
		assertThat(this.mvc.get().uri("/admin/users/new")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "test.byeditor")
			.param("password", "long enough password")
			.param("role", "ADMIN")
			.with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.accounts.findByUsername("test.byeditor")).isEmpty();
		assertThat(this.mvc.get().uri("/account/password")).hasStatusOk();
	}

	@Test
	@WithMockUser(username = "ed", roles = "EDITOR")
	void theRefusalPageSpeaksTheReadersLanguage() {
		assertThat(this.mvc.get().uri("/admin/users").cookie(new Cookie("portal-lang", "fr")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.contains("Vous n’êtes pas autorisé à faire ceci");
	}

	@Test
	@WithMockUser(username = "boss", roles = "ADMIN")
	void administratorsAlsoSeeStaffAccounts() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().contains("Staff accounts");
	}

}
