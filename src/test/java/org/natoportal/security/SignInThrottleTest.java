package org.natoportal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@PortalIntegrationTest
class SignInThrottleTest {

	private static final String USERNAME = "test.throttled";

	private static final String PASSWORD = "the right passphrase";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SignInThrottle throttle;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-14T10:00:00Z"));

	@BeforeEach
	void createAccountAndStopTime() {
		this.throttle.clear();
		this.throttle.setClock(this.clock);
		this.accounts.save(new StaffAccount(USERNAME, null, this.passwordEncoder.encode(PASSWORD), StaffRole.EDITOR));
	}

	@AfterEach
	void restore() {
		this.throttle.clear();
		this.throttle.setClock(Clock.systemUTC());
		this.accounts.findByUsername(USERNAME).ifPresent(this.accounts::delete);
	}

	@Test
	void afterFiveWrongPasswordsEvenTheRightOneIsRefusedUntilTheWindowHasPassed() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn(USERNAME, "wrong guess " + i, "192.0.2.10")).hasStatus(HttpStatus.FOUND)
				.redirectedUrl()
				.isEqualTo("/login?error");
		}
		assertThat(signIn(USERNAME, PASSWORD, "192.0.2.10")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasHeader("Retry-After", "900")
			.bodyText()
			.contains("Too many failed sign-ins", "try again in 15 minutes");
		this.clock.advance(Duration.ofMinutes(10));
		assertThat(signIn(USERNAME.toUpperCase(), PASSWORD, "192.0.2.11")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.hasHeader("Retry-After", "300");
		this.clock.advance(Duration.ofMinutes(5));
		assertThat(signIn(USERNAME, PASSWORD, "192.0.2.10")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin");
	}

	@Test
	void theThrottledPageSpeaksTheReadersLanguage() {
		for (int i = 0; i < 5; i++) {
			signIn(USERNAME, "wrong guess " + i, "192.0.2.10");
		}
		assertThat(this.mvc.post()
			.uri("/login")
			.cookie(new Cookie("portal-lang", "fr"))
			.param("username", USERNAME)
			.param("password", PASSWORD)
			.with(csrf())).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.bodyText()
			.contains("Trop de connexions ont échoué", "réessayez dans 15 minutes");
	}

	@Test
	void aSuccessfulSignInStartsTheUsersCountAfresh() {
		for (int i = 0; i < 4; i++) {
			signIn(USERNAME, "wrong guess " + i, "192.0.2.10");
		}
		assertThat(signIn(USERNAME, PASSWORD, "192.0.2.10")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin");
		for (int i = 0; i < 4; i++) {
			signIn(USERNAME, "wrong guess " + i, "192.0.2.10");
		}
		assertThat(signIn(USERNAME, PASSWORD, "192.0.2.10")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin");
	}

	@Test
	void oneAddressTryingManyUsernamesIsRefusedForEveryUsername() {
		for (int i = 0; i < 20; i++) {
			signIn("invented" + i, "guess", "198.51.100.7");
		}
		assertThat(signIn(USERNAME, PASSWORD, "198.51.100.7")).hasStatus(HttpStatus.TOO_MANY_REQUESTS)
			.containsHeader("Retry-After");
		assertThat(signIn(USERNAME, PASSWORD, "198.51.100.8")).hasStatus(HttpStatus.FOUND)
			.redirectedUrl()
			.isEqualTo("/admin");
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
