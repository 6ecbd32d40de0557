package org.natoportal.country;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.natoportal.support.HeadlessChromium;
import org.natoportal.support.PortalBrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter state lives in the address, so the back button must bring back the filters
 * of that address too, not the choices the reader made on the page before leaving it.
 */
@PortalBrowserTest
class FilterHistoryBrowserTest {

	@LocalServerPort
	int port;

	private WebDriver browser;

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.require();
	}

	@BeforeEach
	void startBrowser() {
		this.browser = HeadlessChromium.start();
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theBackButtonShowsTheFiltersOfThePageItReturnsTo() {
		this.browser.get("http://localhost:" + this.port + "/countries?framework=pfp");
		new Select(this.browser.findElement(By.id("filter-region"))).selectByValue("central-asia");
		this.browser.findElement(By.cssSelector("form.filters button[type=submit]")).click();
		HeadlessChromium.waitFor(this.browser).until(ExpectedConditions.urlContains("region=central-asia"));

		this.browser.navigate().back();
		HeadlessChromium.waitFor(this.browser).until(ExpectedConditions.not(ExpectedConditions.urlContains("region")));

		assertThat(this.browser.findElement(By.id("results-count")).getText()).isEqualTo("34 countries");
		assertThat(new Select(this.browser.findElement(By.id("filter-region"))).getFirstSelectedOption()
			.getAttribute("value")).as("the region shown after going back").isEmpty();
		assertThat(new Select(this.browser.findElement(By.id("filter-framework"))).getFirstSelectedOption()
			.getAttribute("value")).isEqualTo("pfp");
	}

}
