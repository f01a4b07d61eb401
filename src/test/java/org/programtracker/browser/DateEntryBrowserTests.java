package org.programtracker.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date on a Vietnamese page in a browser set to English: shown and typed day, month,
 * year (never the browser's own month-first date field), picked from a calendar, and an
 * impossible date refused next to its field with what was typed kept. Removes what it
 * saved, the plan line the decision opened included.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DateEntryBrowserTests {

	private static final String DECISION = "NGAY-1/QĐ-UBND";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private long lastAuditEntry;

	private long lastPlanLine;

	@BeforeEach
	void rememberTheAuditTrailAndThePlanLines() {
		this.lastAuditEntry = this.jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		this.lastPlanLine = this.jdbc.sql("select coalesce(max(id), 0) from plan_line").query(Long.class).single();
	}

	@AfterEach
	void removeTheDecisionAndItsLine() {
		this.jdbc.sql("delete from audit_entry where id > :id").param("id", this.lastAuditEntry).update();
		this.jdbc.sql("delete from allocation where decision_number = :number").param("number", DECISION).update();
		// the decision opened its plan line: other tests count the unit's lines
		this.jdbc.sql("delete from plan_line where id > :id").param("id", this.lastPlanLine).update();
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldTypeAndPickDatesDayMonthYearOnAVietnamesePageInAnEnglishBrowser() {
		this.browser.open(this.port, "en-US", 1366, 900);
		this.browser.signIn("admin", "demo");
		this.browser.go("/allocations/new");
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		assertThat(script.executeScript("return navigator.language")).isEqualTo("en-US");
		assertThat(script.executeScript("return document.documentElement.lang")).isEqualTo("vi");

		WebElement date = this.browser.find(By.id("decisionDate"));
		assertThat(date.getAttribute("type")).isEqualTo("text");
		assertThat(date.getAttribute("placeholder")).isEqualTo("ngày/tháng/năm");
		date.sendKeys("15062025", Keys.TAB);
		assertThat(date.getAttribute("value")).as("eight digits read day, month, year").isEqualTo("15/06/2025");

		this.browser.find(By.cssSelector(".date-picker-button")).click();
		WebElement calendar = this.browser.find(By.cssSelector(".date-picker"));
		assertThat(calendar.isDisplayed()).isTrue();
		assertThat(calendar.findElement(By.cssSelector(".date-picker-title")).getText()).containsIgnoringCase("tháng 6")
			.contains("2025");
		assertThat(calendar.findElements(By.cssSelector("thead th")).get(0).getText()).as("weeks start on Monday")
			.isEqualTo("Thứ 2");
		WebElement focused = this.browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("data-day")).isEqualTo("15/06/2025");
		focused.sendKeys(Keys.ARROW_RIGHT);
		focused = this.browser.driver().switchTo().activeElement();
		focused.sendKeys(Keys.PAGE_DOWN);
		focused = this.browser.driver().switchTo().activeElement();
		assertThat(focused.getAttribute("data-day")).isEqualTo("16/07/2025");
		focused.sendKeys(Keys.ENTER);
		assertThat(calendar.isDisplayed()).isFalse();
		assertThat(date.getAttribute("value")).isEqualTo("16/07/2025");
		this.browser.screenshot(Path.of("target", "screenshots", "date-typed-vi-in-english-browser.png"));

		new Select(this.browser.find(By.id("orgUnit"))).selectByValue("HUA_BUM");
		new Select(this.browser.find(By.id("program"))).selectByValue("NTM");
		assertThat(script.executeScript(
				"""
						return [...document.querySelectorAll('#component option')].filter(o => o.value && !o.parentNode.disabled)
						    .map(o => o.parentNode.getAttribute('data-program'))
						"""))
			.as("only the chosen program's components are offered")
			.asList()
			.isNotEmpty()
			.containsOnly("NTM");
		new Select(this.browser.find(By.id("capitalType"))).selectByValue("INVESTMENT");
		this.browser.find(By.id("planYear")).clear();
		this.browser.find(By.id("planYear")).sendKeys("2025");
		this.browser.find(By.id("decisionNumber")).sendKeys(DECISION);
		this.browser.find(By.id("amount")).sendKeys("12,5");
		date.clear();
		date.sendKeys("31/02/2025");
		this.browser.clickAndWait(By.cssSelector("form.decision-form button[type=submit]"));

		assertThat(this.browser.find(By.id("decisionDate-error")).getText())
			.isEqualTo("«31/02/2025» không phải là ngày: tháng 2 năm 2025 chỉ có 28 ngày.");
		date = this.browser.find(By.id("decisionDate"));
		assertThat(date.getAttribute("value")).as("what was typed stays").isEqualTo("31/02/2025");
		assertThat(date.getAttribute("aria-invalid")).isEqualTo("true");
		this.browser.screenshot(Path.of("target", "screenshots", "date-refused-vi.png"));

		date.clear();
		date.sendKeys("15062025");
		this.browser.clickAndWait(By.cssSelector("form.decision-form button[type=submit]"));

		assertThat(this.browser.text()).contains("Đã thêm quyết định.", "15/06/2025");
		assertThat(this.jdbc.sql("select decision_date::text from allocation where decision_number = :number")
			.param("number", DECISION)
			.query(String.class)
			.single()).isEqualTo("2025-06-15");
	}

	@Test
	void shouldReadDatesInThePageScriptByTheServersRule() {
		this.browser.open(this.port, "en-US", 1366, 900);
		this.browser.signIn("admin", "demo");
		this.browser.go("/allocations/new");
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		String[][] cases = { { "15062024", "15/06/2024" }, { "5/6/2024", "05/06/2024" }, { "05.06.2024", "05/06/2024" },
				{ "2024-06-15", "15/06/2024" }, { "\u00a015/06/2024 ", "15/06/2024" }, { "31/02/2024", null },
				{ "29/02/2023", null }, { "06/15/2024", null }, { "15/06/24", null }, { "150624", null },
				{ "15 06 2024", null } };
		for (String[] sample : cases) {
			Object read = script.executeScript("return window.programTrackerDates.parse(arguments[0])", sample[0]);
			String server;
			try {
				server = org.programtracker.kernel.Dates.print(org.programtracker.kernel.Dates.parse(sample[0]));
			}
			catch (IllegalArgumentException refused) {
				server = null;
			}
			assertThat(read).as(sample[0]).isEqualTo(sample[1]).isEqualTo(server);
		}
	}

}
