package org.programtracker.browser;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

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

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldLetTheViewerDrillDownFromTheDashboardToAnEntry() {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");

		this.browser.clickAndWait(By.linkText("Bảng điều khiển"));
		new Select(this.browser.find(By.id("year"))).selectByValue("2024");
		new Select(this.browser.find(By.id("quarter"))).selectByValue("1");
		this.browser.clickAndWait(By.cssSelector("form.filters button[type=submit]"));
		assertThat(this.browser.text()).contains("Bảng điều khiển quý 1 năm 2024", "31,4%", "chưa giải ngân", "27,7%",
				"41,1%", "chưa giao vốn");
		this.browser.waiting()
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
						+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));
		this.browser.screenshot(Path.of("target", "screenshots", "dashboard-vi.png"));

		this.browser.clickAndWait(By.cssSelector("table.figures a[href^='/dashboard/programs/NTM']"));
		assertThat(this.browser.path()).isEqualTo("/dashboard/programs/NTM");
		this.browser.clickAndWait(By.cssSelector("table.figures a[href*='component=ND02']"));
		assertThat(this.browser.text()).contains("Các dòng kế hoạch vốn");

		this.browser.clickAndWait(By.cssSelector("table.figures a[href^='/dashboard/lines/']"));
		assertThat(this.browser.path()).startsWith("/dashboard/lines/");
		assertThat(this.browser.text()).contains("Quyết định giao vốn, điều chỉnh", "Giải ngân từng quý",
				"Giải ngân lũy kế");
		assertThat(this.browser.find(By.cssSelector("nav.breadcrumbs")).getText()).contains("Bảng điều khiển");
	}

	@Test
	void shouldDrawAUnitAndAProgramNamedWithAScriptAsTextInTheCharts() {
		String unit = "Xã <script>window.pwned = 1</script> Hua Bum";
		String program = "Nông thôn mới <img src=x onerror=\"window.pwned = 2\">";
		String unitName = this.jdbc.sql("select name from org_unit where code = 'HUA_BUM'")
			.query(String.class)
			.single();
		String programName = this.jdbc.sql("select name_vi from program where code = 'NTM'")
			.query(String.class)
			.single();
		this.jdbc.sql("update org_unit set name = ? where code = 'HUA_BUM'").param(unit).update();
		this.jdbc.sql("update program set name_vi = ? where code = 'NTM'").param(program).update();
		try {
			this.browser.open(this.port);
			this.browser.signIn("viewer", "demo");
			this.browser.go("/dashboard?year=2024&quarter=1");
			this.browser.waiting()
				.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
						"return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
								+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));

			Object labels = ((JavascriptExecutor) this.browser.driver())
				.executeScript("return Array.from(document.querySelectorAll('canvas')).flatMap(canvas => {"
						+ " const chart = Chart.getChart(canvas);"
						+ " return chart.data.labels.concat(chart.data.datasets.map(set => set.label)); })");
			assertThat((List<?>) labels).as("programs are labelled by their code").map(String::valueOf).contains(unit);
			assertThat(((JavascriptExecutor) this.browser.driver()).executeScript("return window.pwned")).isNull();
			assertThat(this.browser.text()).contains(unit, program);
		}
		finally {
			this.jdbc.sql("update org_unit set name = ? where code = 'HUA_BUM'").param(unitName).update();
			this.jdbc.sql("update program set name_vi = ? where code = 'NTM'").param(programName).update();
		}
	}

	@Test
	void shouldDrawTheExpectedPaceAndWriteEachBarsFigureOnTheCharts() {
		this.browser.open(this.port);
		this.browser.signIn("viewer", "demo");
		this.browser.go("/dashboard?year=2024&quarter=2");
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		this.browser.waiting()
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
						+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));

		Object charts = script.executeScript("""
				return Array.from(document.querySelectorAll('canvas')).map(canvas => {
				  const chart = Chart.getChart(canvas);
				  const pace = chart.data.datasets.find(set => set.pace);
				  return [chart.config.type, pace ? pace.label : null, pace ? pace.data.join(' ') : null,
				          chart.config.plugins.map(plugin => plugin.id).join(' ')];
				});
				""");
		assertThat((List<?>) charts).map(String::valueOf)
			.containsExactly("[line, Tiến độ kỳ vọng: tỷ lệ thời gian đã qua của năm, 25 50, ]",
					"[bar, Tiến độ kỳ vọng: tỷ lệ thời gian đã qua của năm, 50 50 50 50, valueLabels]",
					"[bar, Tiến độ kỳ vọng: tỷ lệ thời gian đã qua của năm, "
							+ String.join(" ", java.util.Collections.nCopies(rankedUnits(), "50")) + ", valueLabels]");
		this.browser.screenshot(Path.of("target", "screenshots", "dashboard-charts-vi.png"));
	}

	private int rankedUnits() {
		return ((List<?>) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return Array.from(document.querySelectorAll('#table-ranking tbody tr'))")).size();
	}

}
