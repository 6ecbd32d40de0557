package org.natoportal.security;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A real browser against a real server: a member of staff signs in through the form in
 * headless Chromium, and no page breaks the Content-Security-Policy (the browser reports
 * every violation in its console). Needs Debian's {@code chromium} and
 * {@code chromium-driver}; without them the test fails rather than skips, so that CI
 * never passes without having run it. It starts its own server, hence its own Spring
 * context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaffBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

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
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser test needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
					+ ". Install them: apt-get install -y chromium chromium-driver");
		}
	}

	@BeforeEach
	void startBrowser() {
		this.accounts.save(
				new StaffAccount(USERNAME, "Browser Editor", this.passwordEncoder.encode(PASSWORD), StaffRole.EDITOR));
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--window-size=1280,1024");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		this.browser = new ChromeDriver(options);
		this.browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
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
		List<String> violations = this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy")
					|| message.contains("Content-Security-Policy"))
			.toList();
		assertThat(violations).as("Content-Security-Policy violations on %s", page).isEmpty();
	}

}
