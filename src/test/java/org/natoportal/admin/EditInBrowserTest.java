package org.natoportal.admin;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.account.StaffAccount;
import org.natoportal.account.StaffAccountRepository;
import org.natoportal.account.StaffRole;
import org.natoportal.country.Country;
import org.natoportal.country.CountryRepository;
import org.natoportal.support.HeadlessChromium;
import org.natoportal.support.PortalBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editor edits a country in headless Chromium against the real server: finds it in the
 * staff list, saves a new English summary that the public page then shows, meets the
 * conflict page when two tabs save the same record, applies their values again, and finds
 * both changes in the record's history. The country's stored values are put back after.
 */
@PortalBrowserTest
class EditInBrowserTest {

	private static final String USERNAME = "test.edit.browser";

	private static final String PASSWORD = "edits in a browser";

	private static final String SLUG = "kyrgyz-republic";

	private static final String NAME = "Kyrgyz Republic";

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	CountryRepository countries;

	@Autowired
	TransactionTemplate transaction;

	private WebDriver browser;

	private Country original;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.require();
	}

	@BeforeEach
	void signIn() {
		this.original = this.countries.findBySlug(SLUG).orElseThrow();
		this.accounts.save(
				new StaffAccount(USERNAME, "Browser Editor", this.passwordEncoder.encode(PASSWORD), StaffRole.EDITOR));
		this.browser = HeadlessChromium.start();
		open("/login");
		this.browser.findElement(By.id("username")).sendKeys(USERNAME);
		this.browser.findElement(By.id("password")).sendKeys(PASSWORD);
		this.browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		HeadlessChromium.waitFor(this.browser).until((browser) -> !path().equals("/login"));
	}

	@AfterEach
	void putTheCountryBack() {
		if (this.browser != null) {
			this.browser.quit();
		}
		this.transaction.executeWithoutResult((status) -> this.countries.findBySlug(SLUG)
			.orElseThrow()
			.profile(this.original.getPartnerSince(), this.original.getSummaryEn(), this.original.getSummaryFr(),
					this.original.getSource()));
		this.accounts.findByUsername(USERNAME).ifPresent(this.accounts::delete);
	}

	@Test
	void anEditorChangesASummaryMeetsAConflictAndFindsBothChangesInTheHistory() {
		String edited = "Edited in a browser " + System.nanoTime();

		open("/admin/countries");
		this.browser.findElement(By.id("filter-q")).sendKeys("kyrgyz");
		this.browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		HeadlessChromium.waitFor(this.browser).until(ExpectedConditions.textToBe(By.id("results-count"), "One record"));
		this.browser.findElement(By.linkText(NAME)).click();
		waitForHeading(NAME);
		String editPath = path();
		String id = editPath.substring(editPath.lastIndexOf('/') + 1);

		type("summaryEn", edited);
		save();
		assertSaved();
		open("/countries/" + SLUG);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(edited);

		// Two tabs open the same form; the first saves, then the second.
		String first = "First tab " + System.nanoTime();
		String second = "Second tab " + System.nanoTime();
		open(editPath);
		String firstTab = this.browser.getWindowHandle();
		this.browser.switchTo().newWindow(WindowType.TAB);
		open(editPath);
		String secondTab = this.browser.getWindowHandle();
		this.browser.switchTo().window(firstTab);
		type("summaryEn", first);
		save();
		assertSaved();

		this.browser.switchTo().window(secondTab);
		type("summaryEn", second);
		save();
		waitForHeading("Someone else changed this record meanwhile");
		WebElement summaryRow = this.browser.findElement(By.xpath("//table//tr[th//text()[.='Summary (English)']]"));
		assertThat(summaryRow.findElements(By.tagName("td"))).extracting(WebElement::getText)
			.containsExactly(first, second);
		this.browser.findElement(By.xpath("//button[.='Apply my values again']")).click();
		HeadlessChromium.waitFor(this.browser)
			.until(ExpectedConditions.attributeToBe(By.id("summaryEn"), "value", second));
		save();
		assertSaved();
		assertThat(this.countries.findBySlug(SLUG).orElseThrow().getSummaryEn()).isEqualTo(second);

		open("/admin/countries/" + id + "/history");
		waitForHeading("History of " + NAME);
		List<String> revisions = this.browser.findElements(By.cssSelector(".revision"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(revisions).filteredOn((revision) -> revision.contains("by " + USERNAME))
			.anySatisfy((revision) -> assertThat(revision).contains(edited, first))
			.anySatisfy((revision) -> assertThat(revision).contains(first, second));
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private String path() {
		return URI.create(this.browser.getCurrentUrl()).getPath();
	}

	private void type(String field, String text) {
		WebElement input = this.browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(text);
	}

	private void save() {
		this.browser.findElement(By.cssSelector("form.admin-form button[type=submit]")).click();
	}

	private void waitForHeading(String heading) {
		HeadlessChromium.waitFor(this.browser).until(ExpectedConditions.textToBe(By.tagName("h1"), heading));
	}

	/**
	 * Waits for the page after a save and checks it says so (or shows why it did not).
	 */
	private void assertSaved() {
		HeadlessChromium.waitFor(this.browser)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice--success, .notice--error")));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).as("the page after saving")
			.contains("“" + NAME + "” saved.");
	}

}
