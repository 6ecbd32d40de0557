package org.natoportal.security;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.support.HeadlessChromium;
import org.natoportal.support.PortalBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser against a real server: a member of staff signs in through the form in
 * headless Chromium, and no page breaks the Content-Security-Policy (the browser reports
 * every violation in its console). See {@link HeadlessChromium} for what it needs.
 */
@PortalBrowserTest
class StaffBrowserTest {

	private static final String USERNAME = "test.browser";

	private static final String PASSWORD = "browser passphrase";

	private static final List<String> PAGES = List.of("/", "/countries", "/countries/kyrgyz-republic", "/timeline");

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	SignInThrottle throttle;

	private WebDriver browser;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.require();
	}

	@BeforeEach
	void startBrowser() {
		this.accounts.save(
				new StaffAccount(USERNAME, "Browser Editor", this.passwordEncoder.encode(PASSWORD), StaffRole.EDITOR));
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.accounts.findByUsername(USERNAME).ifPresent(this.accounts::delete);
		this.throttle.clear();
	}

	@Test
	void anEditorSignsInThroughTheFormAndNoPageBreaksTheContentSecurityPolicy() {
		for (String page : PAGES) {
			open(page);
			assertThat(this.browser.findElement(By.tagName("h1")).getText()).as("heading of %s", page).isNotBlank();
			assertNoPolicyViolation(page);
		}

		open("/admin");
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/login");
		this.browser.findElement(By.id("username")).sendKeys("Test.Browser");
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		HeadlessChromium.waitFor(this.browser)
			.until((browser) -> !URI.create(browser.getCurrentUrl()).getPath().equals("/login"));
		assertThat(URI.create(this.browser.getCurrentUrl()).getPath()).isEqualTo("/admin");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Signed in as test.browser");
		assertNoPolicyViolation("/admin");

		Cookie session = this.browser.manage().getCookieNamed("JSESSIONID");
		assertThat(session).as("session cookie").isNotNull();
		assertThat(session.isHttpOnly()).as("HttpOnly").isTrue();
		assertThat(session.getSameSite()).as("SameSite").isEqualToIgnoringCase("Lax");

		open("/admin/users");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("You may not do this");
		assertThat(this.browser.findElement(By.cssSelector(".error-page__status")).getText()).isEqualTo("403");
		assertNoPolicyViolation("/admin/users");
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * Chromium reports each refused script, style or frame in the console, naming the
	 * policy.
	 */
	private void assertNoPolicyViolation(String page) {
		assertThat(HeadlessChromium.policyViolations(this.browser)).as("Content-Security-Policy violations on %s", page)
			.isEmpty();
	}

}
