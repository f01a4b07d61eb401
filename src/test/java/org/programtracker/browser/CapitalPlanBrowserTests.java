package org.programtracker.browser;

import java.nio.file.Path;

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
 * An administrator creates a commune, then records its first capital decision typed the
 * Vietnamese way, in a real browser, and finds it field by field in the line's history.
 * Leaves screenshots in {@code target/screenshots}; removes what it created.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CapitalPlanBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeTheNewCommune() {
		this.jdbc.sql("""
				delete from audit_entry where org_unit_id in (select id from org_unit where code = 'XA_SIN_THAU')
				""").update();
		this.jdbc.sql("""
				delete from allocation where plan_line_id in (select l.id from plan_line l
				join org_unit u on u.id = l.org_unit_id where u.code = 'XA_SIN_THAU')
				""").update();
		this.jdbc.sql("""
				delete from plan_line where org_unit_id in (select id from org_unit where code = 'XA_SIN_THAU')
				""").update();
		this.jdbc.sql("delete from org_unit where code = 'XA_SIN_THAU'").update();
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldCreateACommuneAndRecordItsFirstDecisionInVietnameseNumbers() {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");

		this.browser.clickAndWait(By.linkText("Quản trị"));
		this.browser.clickAndWait(By.linkText("Đơn vị"));
		this.browser.clickAndWait(By.linkText("Thêm đơn vị"));
		new Select(this.browser.find(By.id("parent"))).selectByValue("NAM_NHUN");
		this.browser.find(By.id("code")).sendKeys("XA_SIN_THAU");
		this.browser.find(By.id("name")).sendKeys("Xã Sìn Thầu");
		this.browser.clickAndWait(By.cssSelector("form.panel button[type=submit]"));
		assertThat(this.browser.text()).contains("Đã tạo đơn vị.", "Xã Sìn Thầu");

		this.browser.clickAndWait(By.linkText("Kế hoạch vốn"));
		this.browser.clickAndWait(By.linkText("Thêm quyết định"));
		new Select(this.browser.find(By.id("orgUnit"))).selectByValue("XA_SIN_THAU");
		new Select(this.browser.find(By.id("program"))).selectByValue("NTM");
		new Select(this.browser.find(By.id("capitalType"))).selectByValue("INVESTMENT");
		this.browser.find(By.id("planYear")).clear();
		this.browser.find(By.id("planYear")).sendKeys("2024");
		this.browser.find(By.id("decisionNumber")).sendKeys("1250/QĐ-UBND");
		WebElement date = this.browser.find(By.id("decisionDate"));
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = '2024-08-12'", date);
		this.browser.find(By.id("amount")).sendKeys("1.234,5");
		this.browser.screenshot(SCREENSHOTS.resolve("decision-form-vi.png"));
		this.browser.clickAndWait(By.cssSelector("form.decision-form button[type=submit]"));

		assertThat(this.browser.text()).contains("Đã thêm quyết định.", "Xã Sìn Thầu", "1250/QĐ-UBND", "1.234,5",
				"12/08/2024");
		this.browser.screenshot(SCREENSHOTS.resolve("plan-line-vi.png"));
		assertThat(this.jdbc.sql("select amount_vnd from allocation where decision_number = '1250/QĐ-UBND'")
			.query(java.math.BigDecimal.class)
			.single()).isEqualByComparingTo("1234500000");

		this.browser.go(this.browser.path() + "/history");
		assertThat(this.browser.text()).contains("Nhật ký thay đổi dòng kế hoạch", "Thêm mới", "Thông tin",
				"Số tiền (tr.đ)", "1.234,5", "Số QĐ", "1250/QĐ-UBND", "12/08/2024");
		assertThat(this.browser.horizontalOverflow()).as("the history's field-by-field table fits 1366 pixels")
			.isEmpty();
		assertThat(this.browser.seriousAccessibilityViolations()).isEmpty();
		this.browser.screenshot(SCREENSHOTS.resolve("plan-line-history-vi.png"));
	}

}
