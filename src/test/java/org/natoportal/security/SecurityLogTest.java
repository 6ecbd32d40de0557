package org.natoportal.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SignInThrottle throttle;

	@BeforeEach
	void createAccount() {
		this.accounts.save(new StaffAccount("test.logged", null, this.passwordEncoder.encode("logged passphrase"),
				StaffRole.EDITOR));
	}

	@AfterEach
	void removeAccount() {
		this.accounts.findByUsername("test.logged").ifPresent(this.accounts::delete);
		this.throttle.clear();
	}

	@Test
	void signInSuccessesAndFailuresAreLoggedWithTheAddressButNeverThePassword(CapturedOutput output) {
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "test.logged")
			.param("password", "logged passphrase")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "Test.Logged")
			.param("password", "a wrong passphrase")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/login")
			.param("username", "nobody\nINFO forged line")
			.param("password", "another guess")
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(output).contains("Sign-in succeeded for 'test.logged' from 127.0.0.1")
			.contains("Sign-in failed for 'Test.Logged' from 127.0.0.1: BadCredentialsException")
			.contains("Sign-in failed for 'nobody?INFO forged line'")
			.doesNotContain("logged passphrase", "a wrong passphrase", "another guess");
	}

	@Test
	void refusedAccessIsLogged(CapturedOutput output) {
		assertThat(this.mvc.get().uri("/admin/users").with(user("ed").roles("EDITOR"))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/users/new").with(user("boss").roles("ADMIN")))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.FOUND);
		assertThat(output)
			.contains("Access denied to 'ed' from 127.0.0.1 for GET /admin/users: not allowed for the role")
			.contains("Access denied to 'boss' from 127.0.0.1 for POST /admin/users/new: missing or invalid CSRF token")
			.contains("Anonymous request from 127.0.0.1 for GET /admin sent to sign-in");
	}

}
