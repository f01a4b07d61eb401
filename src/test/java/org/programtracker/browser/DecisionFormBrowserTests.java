package org.programtracker.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * The decision form in Chromium: one submit shows every mistake at once, each beside its
 * field, with what was typed kept; the component list follows the program chosen without
 * a reload; the plan year starts at the year being worked on. In Vietnamese and English.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DecisionFormBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeWhatASaveLeft() {
		this.jdbc.sql("delete from allocation where decision_number = 'BR-77'").update();
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldShowEveryErrorOfTheDecisionFormAtOnceInVietnamese() {
		submitWithFourMistakes("vi");

		assertThat(errors()).containsExactlyInAnyOrder("decisionNumber: Vui lòng nhập mục này.",
				"decisionDate: «31/02/2024» không phải là ngày: tháng 2 năm 2024 chỉ có 29 ngày.",
				"amount: Chỉ quyết định điều chỉnh mới được ghi số âm (giảm vốn).",
				"originYear: Năm nguồn vốn không được sau năm kế hoạch.");
		assertTypedValuesKept();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText())
			.contains("Số quyết định: Vui lòng nhập mục này.");
		this.browser.screenshot(Path.of("target", "screenshots", "decision-form-errors-vi.png"));
	}

	@Test
	void shouldShowEveryErrorOfTheDecisionFormAtOnceInEnglish() {
		submitWithFourMistakes("en");

		assertThat(errors()).containsExactlyInAnyOrder("decisionNumber: Please fill in this field.",
				"decisionDate: \"31/02/2024\" is not a date: month 2 of 2024 has 29 days.",
				"amount: Only an adjustment decision may be negative (take capital away).",
				"originYear: The origin year cannot be after the plan year.");
		assertTypedValuesKept();
		assertThat(this.browser.find(By.cssSelector(".error-summary")).getText())
			.contains("Decision number: Please fill in this field.");
		this.browser.screenshot(Path.of("target", "screenshots", "decision-form-errors-en.png"));
	}

	@Test
	void shouldOfferOnlyTheChosenProgramsComponentsWithoutAReload() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		this.browser.go("/allocations/new");
		assertThat(this.browser.find(By.id("planYear")).getAttribute("value")).isEqualTo("2024");
		WebElement marker = this.browser.find(By.tagName("h1"));
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].dataset.sameDocument = 'yes'", marker);

		new Select(this.browser.find(By.id("program"))).selectByValue("NTM");
		assertThat(componentsOffered()).isNotEmpty().allMatch(code -> code.startsWith("ND"));
		new Select(this.browser.find(By.id("component"))).selectByValue("ND02");
		new Select(this.browser.find(By.id("program"))).selectByValue("GNBV");

		assertThat(componentsOffered()).isNotEmpty().noneMatch(code -> code.startsWith("ND"));
		assertThat(new Select(this.browser.find(By.id("component"))).getFirstSelectedOption().getAttribute("value"))
			.as("the other program's component let go")
			.isEmpty();
		assertThat(marker.getAttribute("data-same-document")).isEqualTo("yes");
	}

	private void submitWithFourMistakes(String language) {
		this.browser.open(this.port, language, 1366, 900);
		this.browser.signIn("admin", "demo");
		this.browser.go("/allocations/new?lang=" + language);
		new Select(this.browser.find(By.id("orgUnit"))).selectByValue("HUA_BUM");
		new Select(this.browser.find(By.id("program"))).selectByValue("NTM");
		new Select(this.browser.find(By.id("component"))).selectByValue("ND02");
		new Select(this.browser.find(By.id("capitalType"))).selectByValue("INVESTMENT");
		type("planYear", "2024");
		type("originYear", "2025");
		type("decisionDate", "31/02/2024");
		type("amount", "-5");
		type("note", "Giao vốn đợt 2");
		this.browser.clickAndWait(By.cssSelector("form.decision-form button[type=submit]"));
	}

	private void assertTypedValuesKept() {
		assertThat(value("originYear")).isEqualTo("2025");
		assertThat(value("decisionDate")).isEqualTo("31/02/2024");
		assertThat(value("amount")).isEqualTo("-5");
		assertThat(value("note")).isEqualTo("Giao vốn đợt 2");
		assertThat(new Select(this.browser.find(By.id("component"))).getFirstSelectedOption().getAttribute("value"))
			.isEqualTo("ND02");
		assertThat(this.browser.find(By.cssSelector(".error-summary")).findElements(By.tagName("li"))).hasSize(4);
		assertThat(this.jdbc.sql("select count(*) from allocation where decision_number = 'BR-77'")
			.query(Long.class)
			.single()).isZero();
	}

	@SuppressWarnings("unchecked")
	private List<String> errors() {
		return (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript("""
				return Array.from(document.querySelectorAll('[id$="-error"]'))
				  .map(error => error.id.replace(/-error$/, '') + ': ' + error.textContent.trim());
				""");
	}

	@SuppressWarnings("unchecked")
	private List<String> componentsOffered() {
		return (List<String>) ((JavascriptExecutor) this.browser.driver()).executeScript("""
				return Array.from(document.querySelectorAll('#component optgroup'))
				  .filter(group => !group.hidden && !group.disabled)
				  .flatMap(group => Array.from(group.querySelectorAll('option')).map(option => option.value));
				""");
	}

	private String value(String id) {
		return this.browser.find(By.id(id)).getAttribute("value");
	}

	private void type(String id, String text) {
		WebElement field = this.browser.find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

}
