package org.programtracker.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A commune's accountant enters the fourth quarter of 2024 in the grid, the Vietnamese
 * way, with the keyboard. The quarter had no figures; they are removed afterwards.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DisbursementGridBrowserTests {

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
		this.jdbc.sql("delete from quarter_submission where year = 2024 and quarter = 4").update();
		this.jdbc.sql("delete from reporting_period where year = 2024 and quarter = 4").update();
	}

	@Test
	void shouldLetAnEditorEnterTheQuarterCorrectAMistakeAndSeeTheProgress() {
		this.browser.open(this.port);
		this.browser.signIn("editor", "demo");
		this.browser.clickAndWait(By.linkText("Nhập giải ngân"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("4");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		assertThat(this.browser.text()).contains("Giải ngân quý 4 năm 2024: Xã Hua Bum");

		WebElement amount = this.browser.find(By.id("rows1.amount"));
		amount.sendKeys("1,234");
		assertThat(cumulativeOfRow(1)).as("not an amount yet").isEqualTo("…");
		amount.sendKeys(Keys.ENTER);
		assertThat(this.browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("rows1.advance");
		this.browser.clickAndWait(By.cssSelector(".actions button[type=submit]"));

		assertThat(this.browser.find(By.id("rows1.amount-error")).getText()).contains("«1,234» chưa rõ nghĩa");
		assertThat(this.browser.find(By.id("rows1.amount")).getAttribute("value")).isEqualTo("1,234");
		this.browser.screenshot(Path.of("target", "screenshots", "grid-error-vi.png"));

		amount = this.browser.find(By.id("rows1.amount"));
		amount.clear();
		amount.sendKeys("120,5");
		assertThat(cumulativeOfRow(1)).isEqualTo("3.760,5");
		assertThat(percentOfRow(1)).isEqualTo("89,3%");
		assertThat(this.browser.find(By.cssSelector("tr[data-total='all'] [data-out='amount']")).getText())
			.isEqualTo("120,5");
		this.browser.clickAndWait(By.cssSelector(".actions button[type=submit]"));

		assertThat(this.browser.text()).contains("Đã lưu số giải ngân của quý.");
		assertThat(percentOfRow(1)).isEqualTo("89,3%");
		assertThat(this.browser.find(By.id("rows1.amount")).getAttribute("value")).isEqualTo("120,5");
		this.browser.screenshot(Path.of("target", "screenshots", "grid-vi.png"));

		this.browser.go("/progress?year=2024&quarter=4&orgUnit=HUA_BUM");
		assertThat(this.browser.text()).contains("89,3%");
		this.browser.clickAndWait(By.linkText("Bảng điều khiển"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("4");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		assertThat(this.browser.text()).contains("Bảng điều khiển quý 4 năm 2024", "Xã Hua Bum", "89,3%");

		this.browser.signOut();
		this.browser.signIn("admin", "demo");
		this.browser.clickAndWait(By.linkText("Quản trị"));
		this.browser.clickAndWait(By.linkText("Khóa sổ quý"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		this.browser.clickAndWait(By.xpath("//button[normalize-space()='Khóa sổ quý 4']"));
		assertThat(this.browser.text()).contains("Đã khóa sổ quý.");

		this.browser.go("/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4");
		assertThat(this.browser.text()).contains("Quý 4 năm 2024 đã khóa sổ: không thể thay đổi số liệu của quý này.",
				"89,3%");
		assertThat(this.browser.driver().findElements(By.cssSelector("input[data-cell]"))).isEmpty();
		this.browser.screenshot(Path.of("target", "screenshots", "grid-closed-vi.png"));
	}

	@Test
	void shouldShowEveryAmountOfTheGridWithTheTablesPrecisionPickedAgainAsItIsTyped() {
		this.browser.open(this.port);
		this.browser.signIn("editor", "demo");
		this.browser.go("/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4");
		assertThat(amounts()).as("whole millions").allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*"));
		assertThat(grandTotal()).containsExactly("5.130", "4.260", "0", "0", "0", "4.260", "83,0%");

		this.browser.find(By.id("rows1.amount")).sendKeys("120,5");
		assertThat(amounts()).allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*,\\d"));
		assertThat(grandTotal()).containsExactly("5.130,0", "4.260,0", "120,5", "0,0", "0,0", "4.380,5", "85,4%");

		this.browser.find(By.id("rows2.recovered")).sendKeys("0,125");
		assertThat(amounts()).allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*,\\d{3}"));
		assertThat(grandTotal()).containsExactly("5.130,000", "4.260,000", "120,500", "0,000", "0,125", "4.380,500",
				"85,4%");
		assertThat(cumulativeOfRow(1)).isEqualTo("3.760,500");
		this.browser.screenshot(Path.of("target", "screenshots", "grid-precision-1366-vi.png"));
		this.browser.driver().manage().window().setSize(new Dimension(390, 844));
		this.browser.screenshot(Path.of("target", "screenshots", "grid-precision-390-vi.png"));

		this.browser.find(By.id("rows2.recovered")).clear();
		this.browser.find(By.id("rows1.amount")).sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE);
		assertThat(cumulativeOfRow(1)).isEqualTo("3.760");
		assertThat(amounts()).allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*"));
		assertThat(grandTotal()).containsExactly("5.130", "4.260", "120", "0", "0", "4.380", "85,4%");
	}

	/**
	 * The amounts the grid shows, of its lines and totals, but not those typed.
	 */
	private List<String> amounts() {
		return this.browser.driver()
			.findElements(By.cssSelector("table.grid td.num:not(.pct):not(.cell)"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private List<String> grandTotal() {
		return this.browser.driver()
			.findElements(By.cssSelector("tr[data-total='all'] td.num"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

	private String cumulativeOfRow(int row) {
		return cellOfRow(row, "cumulative");
	}

	private String percentOfRow(int row) {
		return cellOfRow(row, "percent");
	}

	private String cellOfRow(int row, String out) {
		WebElement input = this.browser.find(By.id("rows" + row + ".amount"));
		return input.findElement(By.xpath("ancestor::tr"))
			.findElement(By.cssSelector("[data-out='" + out + "']"))
			.getText();
	}

}
