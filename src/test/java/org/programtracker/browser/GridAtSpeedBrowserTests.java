package org.programtracker.browser;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grid as an accountant types it, in Chromium: a cell that does not read says why at
 * once, totals keep the cells that do, a cumulative above plan is flagged as it is typed,
 * a refused save shows figures computed from what was kept, leaving asks first, a block
 * copied from a spreadsheet pastes into consecutive cells and the cell with the focus
 * stays above the save bar. The fourth quarter of 2024 had no figures; they are removed
 * afterwards.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GridAtSpeedBrowserTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4";

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeTheFourthQuarter() {
		this.jdbc.sql("""
				delete from disbursement where quarter = 4 and plan_line_id in (select l.id from plan_line l
				join org_unit u on u.id = l.org_unit_id where u.code = 'HUA_BUM' and l.plan_year = 2024)""").update();
		this.jdbc.sql("delete from audit_entry where year = 2024 and quarter = 4").update();
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void shouldExplainACellAtOnceKeepTheTotalsOfTheOthersAndComputeFromWhatWasKept() {
		this.browser.open(this.port, "vi", 1366, 900);
		this.browser.signIn("editor", "demo");
		this.browser.go(GRID);

		cell(1, "amount").sendKeys("1,234");
		assertThat(this.browser.find(By.id("rows1.amount-live-error")).getText())
			.startsWith("«1,234» chưa rõ nghĩa: tiếng Việt dùng dấu phẩy trước phần thập phân");
		assertThat(cell(1, "amount").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(out(1, "cumulative")).isEqualTo("…");
		assertThat(this.browser.path()).as("nothing was sent").isEqualTo("/disbursements");

		cell(0, "amount").sendKeys("999.999");
		String expectedCumulative = millions(dong(0, "earlier").add(new BigDecimal("999999000000")));
		assertThat(out(0, "cumulative")).isEqualTo(expectedCumulative);
		assertThat(row(0).getAttribute("class")).contains("over-plan");
		assertThat(out(0, "percent")).contains("vượt kế hoạch");
		WebElement total = this.browser.find(By.cssSelector("tr[data-total='all'] [data-out='amount']"));
		assertThat(total.getText()).isEqualTo("999.999");
		assertThat(total.getAttribute("class")).contains("partial");
		assertThat(liveStatus()).contains("* Các số cộng chưa tính 1 ô không đúng định dạng",
				"1 dòng có lũy kế vượt kế hoạch");
		this.browser.screenshot(Path.of("target", "screenshots", "grid-live-vi.png"));

		this.browser.clickAndWait(By.cssSelector(".actions button[type=submit]"));

		assertThat(this.browser.find(By.id("rows1.amount-error")).getText()).contains("«1,234» chưa rõ nghĩa");
		assertThat(cell(0, "amount").getAttribute("value")).isEqualTo("999.999");
		assertThat(out(0, "cumulative")).as("from what was kept, not the figures saved").isEqualTo(expectedCumulative);
		assertThat(out(0, "percent"))
			.isEqualTo(percent(dong(0, "earlier").add(new BigDecimal("999999000000")), dong(0, "plan")) + "\n"
					+ "vượt kế hoạch");
		assertThat(this.browser.find(By.cssSelector("tr[data-total='all'] [data-out='amount']")).getText())
			.isEqualTo("999.999");
		assertThat(leavingAsks()).as("typing not saved yet").isTrue();

		paste(cell(1, "amount"), "12,5\u00a0\t2\r\n7\r\n");
		assertThat(cell(1, "amount").getAttribute("value")).isEqualTo("12,5");
		assertThat(cell(1, "advance").getAttribute("value")).isEqualTo("2");
		assertThat(cell(2, "amount").getAttribute("value")).isEqualTo("7");
		assertThat(this.browser.driver().findElements(By.id("rows1.amount-error"))).as("its words were about 1,234")
			.isEmpty();
		assertThat(liveStatus()).contains("Đã dán 3 ô.").doesNotContain("không đúng định dạng");
		assertThat(out(1, "cumulative")).isEqualTo(millions(dong(1, "earlier").add(new BigDecimal("12500000"))));

		cell(0, "amount").clear();
		cell(0, "amount").sendKeys("10");
		this.browser.clickAndWait(By.cssSelector(".actions button[type=submit]"));
		assertThat(this.browser.text()).contains("Đã lưu số giải ngân của quý.");
		assertThat(leavingAsks()).as("everything is saved").isFalse();
		cell(0, "amount").sendKeys("5");
		assertThat(leavingAsks()).as("typing not saved").isTrue();
	}

	@Test
	void shouldExplainACellInEnglishOnTheEnglishGrid() {
		this.browser.open(this.port, "en", 1366, 900);
		this.browser.signIn("editor", "demo");
		this.browser.go(GRID + "&lang=en");

		cell(0, "amount").sendKeys("2,5");

		assertThat(this.browser.find(By.id("rows0.amount-live-error")).getText())
			.contains("Decimals follow a point and commas group thousands");
		paste(cell(0, "amount"), "1\u00a0234.5\n");
		assertThat(this.browser.driver().findElements(By.id("rows0.amount-live-error"))).isEmpty();
		assertThat(out(0, "cumulative"))
			.isEqualTo(millions(Locale.ENGLISH, dong(0, "earlier").add(new BigDecimal("1234500000"))));
	}

	@Test
	void shouldKeepTheCellWithTheFocusAboveTheSaveBar() {
		this.browser.open(this.port, "vi", 1366, 520);
		this.browser.signIn("editor", "demo");
		this.browser.go(GRID);
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		script.executeScript("arguments[0].focus()", cell(0, "amount"));
		List<WebElement> cells = this.browser.driver().findElements(By.cssSelector("input[data-cell]"));
		for (int i = 1; i < cells.size(); i++) {
			this.browser.driver().switchTo().activeElement().sendKeys(Keys.TAB);
			WebElement focused = this.browser.driver().switchTo().activeElement();
			assertThat(focused.getAttribute("data-cell")).isNotNull();
			Object clear = script.executeScript("""
					const cell = arguments[0].getBoundingClientRect();
					const bar = document.querySelector('#grid-form .actions').getBoundingClientRect();
					return cell.bottom <= bar.top && cell.top >= 0;
					""", focused);
			assertThat(clear).as("%s visible above the save bar", focused.getAttribute("id")).isEqualTo(true);
		}
	}

	private WebElement cell(int row, String column) {
		return this.browser.find(By.id("rows" + row + "." + column));
	}

	private WebElement row(int row) {
		return cell(row, "amount").findElement(By.xpath("ancestor::tr"));
	}

	private String out(int row, String out) {
		return row(row).findElement(By.cssSelector("[data-out='" + out + "']")).getText();
	}

	private BigDecimal dong(int row, String figure) {
		return new BigDecimal(row(row).getAttribute("data-" + figure));
	}

	private String liveStatus() {
		return this.browser.find(By.id("grid-live-status")).getText();
	}

	private boolean leavingAsks() {
		return (Boolean) ((JavascriptExecutor) this.browser.driver()).executeScript("""
				const leaving = new Event('beforeunload', { cancelable: true });
				window.dispatchEvent(leaving);
				return leaving.defaultPrevented;
				""");
	}

	private void paste(WebElement cell, String text) {
		((JavascriptExecutor) this.browser.driver()).executeScript(
				"""
						const data = new DataTransfer();
						data.setData('text/plain', arguments[1]);
						arguments[0].focus();
						arguments[0].dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
						""",
				cell, text);
	}

	private static String millions(BigDecimal dong) {
		return millions(Locale.forLanguageTag("vi-VN"), dong);
	}

	private static String millions(Locale locale, BigDecimal dong) {
		LocaleContextHolder.setLocale(locale);
		return new Formats().millions(dong);
	}

	private static String percent(BigDecimal cumulative, BigDecimal plan) {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi-VN"));
		return new Formats().percent(PercentOfPlan.of(cumulative, plan));
	}

}
