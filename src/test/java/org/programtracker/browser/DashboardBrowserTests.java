package org.programtracker.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steering committee's dashboard in a real browser: the charts draw, and every figure
 * leads down to the entries behind it.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Test
	void shouldLetTheViewerDrillDownFromTheDashboardToAnEntry() {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");

		this.browser.find(By.linkText("Bảng điều khiển")).click();
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("1");
		this.browser.find(By.cssSelector("form.filters button[type=submit]")).click();
		assertThat(this.browser.text()).contains("Bảng điều khiển quý 1 năm 2024", "31,4%", "chưa giải ngân", "27,7%",
				"41,1%", "chưa giao vốn");
		this.browser.waiting()
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
						+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));
		this.browser.screenshot(Path.of("target", "screenshots", "dashboard-vi.png"));

		this.browser.find(By.cssSelector("table.figures a[href^='/dashboard/programs/NTM']")).click();
		assertThat(this.browser.path()).isEqualTo("/dashboard/programs/NTM");
		this.browser.find(By.cssSelector("table.figures a[href*='component=ND02']")).click();
		assertThat(this.browser.text()).contains("Các dòng kế hoạch vốn");

		this.browser.find(By.cssSelector("table.figures a[href^='/dashboard/lines/']")).click();
		assertThat(this.browser.path()).startsWith("/dashboard/lines/");
		assertThat(this.browser.text()).contains("Quyết định giao vốn, điều chỉnh", "Giải ngân từng quý",
				"Giải ngân lũy kế");
		assertThat(this.browser.find(By.cssSelector("nav.breadcrumbs")).getText()).contains("Bảng điều khiển");
	}

}
