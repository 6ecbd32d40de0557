package org.natoportal.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium for the browser tests. Needs {@code chromium} and
 * {@code chromium-driver}; without them a test fails rather than skips, so that CI never
 * passes without having run it.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/**
	 * How long a page may take to show what a test waits for (a slow, shared CI machine).
	 */
	public static final Duration PATIENCE = Duration.ofSeconds(30);

	private HeadlessChromium() {
	}

	/** Fails the test class at once when Chromium or its driver is missing. */
	public static void require() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser test needs Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
					+ ". Install them: apt-get install -y chromium chromium-driver");
		}
	}

	/**
	 * A new browser that keeps its console, where Chromium reports policy violations. It
	 * asks for reduced motion: with the portal's smooth scrolling the driver would click
	 * where a button will be once the page has finished scrolling to it, not where it is.
	 */
	public static WebDriver start() {
		System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--force-prefers-reduced-motion", "--window-size=1280,1024");
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logging);
		WebDriver browser = new ChromeDriver(options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
		return browser;
	}

	/** A wait for what the browser shows, up to {@link #PATIENCE}. */
	public static WebDriverWait waitFor(WebDriver browser) {
		return new WebDriverWait(browser, PATIENCE);
	}

	/**
	 * The console messages since the last call in which Chromium reports a refused
	 * script, style or frame, naming the policy.
	 */
	public static List<String> policyViolations(WebDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((message) -> message.contains("Content Security Policy")
					|| message.contains("Content-Security-Policy"))
			.toList();
	}

}
