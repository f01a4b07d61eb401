package org.programtracker.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two accountants of the commune open the same grid; the second to save sees the first
 * one's figure beside their own and chooses. The fourth quarter of 2024 is removed
 * afterwards.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GridConflictBrowserTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=4";

	@RegisterExtension
	final Browser first = new Browser("-first");

	@RegisterExtension
	final Browser second = new Browser("-second");

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
	}

	@Test
	void shouldShowTheSecondToSaveTheFiguresSavedMeanwhileAndLetThemKeepTheirs() {
		for (Browser browser : new Browser[] { this.first, this.second }) {
			browser.open(this.port);
			browser.signIn("editor", "demo");
			browser.go(GRID);
		}

		type(this.first, "100");
		this.first.clickAndWait(By.cssSelector(".actions button[type=submit]"));
		assertThat(this.first.text()).contains("Đã lưu số giải ngân của quý.");

		type(this.second, "200");
		this.second.clickAndWait(By.cssSelector(".actions button[type=submit]"));
		assertThat(this.second.text()).contains("Người khác đã lưu nội dung này trong lúc bạn đang sửa",
				"Chưa có gì bị ghi đè.");
		assertThat(this.second.find(By.id("rows1.amount")).getAttribute("value")).isEqualTo("200");
		assertThat(this.second.find(By.id("rows1.amount"))
			.findElement(By.xpath("ancestor::td"))
			.findElement(By.cssSelector(".saved-now"))
			.getText()).isEqualTo("Đang lưu: 100");

		this.second.clickAndWait(By.cssSelector(".actions button[type=submit]"));
		assertThat(this.second.text()).contains("Đã lưu số giải ngân của quý.");

		this.first.go(GRID);
		assertThat(this.first.find(By.id("rows1.amount")).getAttribute("value")).isEqualTo("200");
	}

	private static void type(Browser browser, String amount) {
		WebElement cell = browser.find(By.id("rows1.amount"));
		cell.clear();
		cell.sendKeys(amount);
	}

}
