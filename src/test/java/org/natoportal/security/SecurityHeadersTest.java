package org.natoportal.security;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.support.PortalIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

@PortalIntegrationTest
class SecurityHeadersTest {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@AfterEach
	void removeTestAccount() {
		this.accounts.findByUsername("test.session").ifPresent(this.accounts::delete);
	}

	@Test
	void everyPageForbidsInlineScriptsAndStylesFramingAndSniffing() {
		for (MvcTestResult result : new MvcTestResult[] { this.mvc.get().uri("/countries").exchange(),
				this.mvc.get().uri("/login").exchange(), this.mvc.get().uri("/css/portal.css").exchange(),
				this.mvc.get().uri("/admin").with(user("ed").roles("EDITOR")).exchange() }) {
			assertThat(result).hasStatusOk();
			String policy = result.getResponse().getHeader("Content-Security-Policy");
			assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
				.doesNotContain("unsafe-inline", "unsafe-eval");
			assertThat(result).hasHeader("X-Content-Type-Options", "nosniff")
				.hasHeader("X-Frame-Options", "DENY")
				.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
				.containsHeader("Permissions-Policy");
		}
	}

	/** The firewall refuses these before the header filters run. */
	@Test
	void aRequestTheFirewallRefusesCarriesTheSameHeaders() {
		for (String uri : new String[] { "/admin//users", "/admin/users/../users", "/countries;x=y" }) {
			MvcTestResult result = this.mvc.get().uri("/").with((request) -> {
				// as the server received it, before any normalisation
				request.setRequestURI(uri);
				return request;
			}).exchange();
			assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(uri)
				.contains("default-src 'self'", "frame-ancestors 'none'");
			assertThat(result).hasHeader("X-Content-Type-Options", "nosniff")
				.hasHeader("X-Frame-Options", "DENY")
				.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin")
				.containsHeader("Permissions-Policy");
		}
	}

	/** PostgreSQL cannot hold or compare text with a NUL character. */
	@Test
	void aNulCharacterInASearchFilterOrFieldIsRefusedRatherThanAServerError() {
		assertThat(this.mvc.get().uri("/admin/users").param("q", "a\u0000b").with(user("boss").roles("ADMIN")))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.containsHeader("Content-Security-Policy");
		assertThat(
				this.mvc.get().uri("/admin/memberships").param("framework", "\u0000").with(user("ed").roles("EDITOR")))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.post()
			.uri("/admin/users/new")
			.param("username", "test.session")
			.param("displayName", "Nul\u0000Name")
			.param("role", "EDITOR")
			.param("password", "long enough password")
			.with(csrf())
			.with(user("boss").roles("ADMIN"))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.accounts.findByUsername("test.session")).isEmpty();
	}

	@Test
	void noTemplateCarriesInlineScriptStyleOrEventHandler() throws Exception {
		Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
		assertThat(templates).isNotEmpty();
		for (Resource template : templates) {
			String html = template.getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(template.getFilename())
				.doesNotContainPattern("(?i)<script(?![^>]*\\ssrc=)")
				.doesNotContainPattern("(?i)<style")
				.doesNotContainPattern("(?i)\\sstyle=")
				.doesNotContainPattern("(?i)\\son[a-z]+=")
				.doesNotContainPattern("(?i)javascript:");
		}
	}

	@Test
	void theSessionIdChangesAtSignIn() {
		this.accounts.save(new StaffAccount("test.session", null, this.passwordEncoder.encode("session passphrase"),
				StaffRole.EDITOR));
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcTestResult result = this.mvc.post()
			.uri("/login")
			.session(session)
			.param("username", "test.session")
			.param("password", "session passphrase")
			.with(csrf())
			.with((request) -> {
				// as when the browser sends the cookie of its session
				request.setRequestedSessionId(before);
				request.setRequestedSessionIdValid(true);
				return request;
			})
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/admin");
		assertThat(result.getRequest().getSession(false)).isNotNull();
		assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(before);
	}

}
