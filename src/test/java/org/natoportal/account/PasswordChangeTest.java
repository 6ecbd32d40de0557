package org.natoportal.account;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.security.SignInThrottle;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalIntegrationTest
class PasswordChangeTest {

	private static final String USERNAME = "test.changer";

	private static final String CURRENT = "the current passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@BeforeEach
	void createAccount() {
		this.accounts.save(new StaffAccount(USERNAME, null, this.passwordEncoder.encode(CURRENT), StaffRole.EDITOR));
	}

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void removeAccount() {
		this.accounts.findByUsername(USERNAME).ifPresent(this.accounts::delete);
		this.throttle.clear();
	}

	/** A session left open must not become a way to guess the password. */
	@Test
	void guessingTheCurrentPasswordIsThrottledLikeSigningIn() {
		for (int guess = 1; guess <= 5; guess++) {
			assertThat(change("guess number " + guess, "a brand new passphrase", "a brand new passphrase"))
				.hasStatusOk()
				.bodyText()
				.contains("This is not your current password.");
		}
		assertThat(change(CURRENT, "a brand new passphrase", "a brand new passphrase"))
			.hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.containsHeader("Retry-After")
			.bodyText()
			.contains("Too many failed sign-ins", "Change your password");
		assertThat(this.passwordEncoder.matches(CURRENT, storedHash())).isTrue();
	}

	@Test
	void staffChangeTheirOwnPasswordWithTheCurrentOne() {
		assertThat(this.mvc.get().uri("/account/password").with(user(USERNAME).roles("EDITOR"))).hasStatusOk()
			.bodyText()
			.contains("Change your password", "Signed in as test.changer");
		assertThat(change(CURRENT, "a brand new passphrase", "a brand new passphrase")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("success", "Your password has been changed.");
		assertThat(this.passwordEncoder.matches("a brand new passphrase", storedHash())).isTrue();
	}

	@Test
	void aWrongCurrentPasswordAShortOneAndAMismatchAreEachRefused() {
		assertThat(change("not my password", "a brand new passphrase", "a brand new passphrase")).hasStatusOk()
			.bodyText()
			.contains("This is not your current password.");
		assertThat(change(CURRENT, "too short", "too short")).hasStatusOk()
			.bodyText()
			.contains("A password has at least 12 characters.");
		assertThat(change(CURRENT, "Test.Changer", "Test.Changer")).hasStatusOk()
			.bodyText()
			.contains("The password cannot be the username.");
		assertThat(change(CURRENT, "a brand new passphrase", "a brand new passphrasf")).hasStatusOk()
			.bodyText()
			.contains("The two new passwords are not the same.");
		assertThat(change(CURRENT, "a brand new passphrase", "x")).body()
			.asString()
			.doesNotContain(CURRENT, "a brand new passphrase");
		assertThat(this.passwordEncoder.matches(CURRENT, storedHash())).isTrue();
	}

	@Test
	void aNewPasswordEndsTheOtherSessionsButNotThisOne() {
		MockHttpSession here = signedIn();
		MockHttpSession elsewhere = signedIn();
		assertThat(this.mvc.post()
			.uri("/account/password")
			.session(here)
			.param("currentPassword", CURRENT)
			.param("newPassword", "a brand new passphrase")
			.param("confirmation", "a brand new passphrase")
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/account/password");
		assertThat(this.mvc.get().uri("/admin").session(here)).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin").session(elsewhere)).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/login?expired");
	}

	private MockHttpSession signedIn() {
		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", USERNAME)
			.param("password", CURRENT)
			.with(csrf())).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		return session;
	}

	private MvcTestResult change(String current, String newPassword, String confirmation) {
		return this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", current)
			.param("newPassword", newPassword)
			.param("confirmation", confirmation)
			.with(csrf())
			.with(user(USERNAME).roles("EDITOR"))
			.exchange();
	}

	private String storedHash() {
		return this.accounts.findByUsername(USERNAME).orElseThrow().getPasswordHash();
	}

}
