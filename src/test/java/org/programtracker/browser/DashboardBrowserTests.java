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
		String pace = "Tiến độ kỳ vọng: tỷ lệ thời gian đã qua của năm";
		assertThat((List<?>) charts).map(String::valueOf)
			.containsExactly("[bar, " + pace + ", 50 50 50 50, valueLabels]",
					"[bar, " + pace + ", 50 50 50 50, valueLabels]", "[line, " + pace + ", 25 50 75 100 25 50, ]",
					"[line, " + pace + ", 25 50 75 100 25 50, ]", "[bar, " + pace + ", "
							+ String.join(" ", java.util.Collections.nCopies(rankedUnits(), "50")) + ", valueLabels]");
		this.browser.screenshot(Path.of("target", "screenshots", "dashboard-charts-vi.png"));
	}

	@Test
	void shouldDrawEachCapitalTypesBarsAsTheTableByProgramHasThemInVietnamese() {
		assertTheChartsAgreeWithTheTable("vi", "Vốn đầu tư phát triển", "Vốn sự nghiệp");
	}

	@Test
	void shouldDrawEachCapitalTypesBarsAsTheTableByProgramHasThemInEnglish() {
		assertTheChartsAgreeWithTheTable("en", "Development investment capital", "Recurrent capital");
	}

	/**
	 * Each bar chart's bars, as Chart.js holds them, are the percentages of the table's
	 * rows of its capital type and then of the type's total, with the colour of each
	 * row's status from the page's palette; the last point of each line chart is the same
	 * figure.
	 */
	private void assertTheChartsAgreeWithTheTable(String language, String investment, String recurrent) {
		this.browser.open(this.port, language, 1366, 768);
		this.browser.signIn("viewer", "demo");
		this.browser.go("/dashboard?year=2024&quarter=1&lang=" + language);
		JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
		this.browser.waiting()
			.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver)
				.executeScript("return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
						+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));

		Object compared = script.executeScript(
				"""
									const language = document.documentElement.lang;
									const format = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
									const table = document.querySelector('#programs + .table-wrap table.figures');
									const styles = getComputedStyle(document.documentElement);
									function expected(capital) {
									  const rows = Array.from(table.tBodies[0].rows).filter(row => row.querySelector('td.capital').textContent.trim() === capital);
									  const totals = Array.from(table.tFoot.rows).filter(row => row.cells[0].textContent.trim().endsWith(capital.toLowerCase())
									      || row.cells[0].textContent.trim().includes(capital));
									  return rows.concat(totals.slice(0, 1)).map(row => {
									    const status = row.querySelector('.status').className.match(/status-([a-z_]+)/)[1];
									    const pct = row.querySelector('td.pct').textContent.trim();
									    return (/[0-9]/.test(pct) ? pct : '-') + ' ' + styles.getPropertyValue('--state-' + status.replace(/_/g, '-')).trim();
									  });

						}

						function drawn(id) {
									  const chart = Chart.getChart(document.querySelector('canvas[data-chart-table="' + id + '"]'));
									  const bars = chart.data.datasets[0];
									  return bars.data.map((value, i) => (value === null ? '-' : format.format(value) + '%') + ' ' + bars.backgroundColor[i]);
									}

						function lastPoints(id) {
									  const chart = Chart.getChart(document.querySelector('canvas[data-chart-table="' + id + '"]'));
									  return chart.data.datasets.filter(set => !set.pace).map(set => {
									    const value = set.data[set.data.length - 1];
									    return value === null ? '-' : format.format(value) + '%';
									  });
									}
									return [expected(arguments[0]), drawn('chart-capital-INVESTMENT'), lastPoints('chart-quarters-INVESTMENT'),
									        expected(arguments[1]), drawn('chart-capital-RECURRENT'), lastPoints('chart-quarters-RECURRENT'),
									        Chart.getChart(document.querySelector('canvas[data-chart-table="chart-quarters-INVESTMENT"]')).data.labels.length];
									""",
				investment, recurrent);
		List<?> results = (List<?>) compared;
		List<?> tableInvestment = (List<?>) results.get(0);
		assertThat(tableInvestment).hasSize(4);
		assertThat((List<?>) results.get(1)).isEqualTo(tableInvestment);
		assertThat((List<?>) results.get(2))
			.isEqualTo(tableInvestment.stream().map(bar -> String.valueOf(bar).split(" ")[0]).toList());
		assertThat((List<?>) results.get(4)).isEqualTo(results.get(3)).hasSize(4);
		assertThat(String.valueOf(tableInvestment.get(0))).startsWith("vi".equals(language) ? "31,4% " : "31.4% ");
		assertThat(((Number) results.get(6)).intValue()).as("the quarters of 2023 and the first of 2024").isEqualTo(5);
		this.browser.screenshot(Path.of("target", "screenshots", "dashboard-charts-table-" + language + ".png"));
	}

	@Test
	void shouldKeepEveryChartOnAPhonesScreenAboveTheTablesWithItsStatusLegend() {
		this.browser.open(this.port);
		this.browser.viewport(390, 844);
		this.browser.signIn("viewer", "demo");
		for (String language : List.of("vi", "en")) {
			this.browser.go("/dashboard?year=2024&quarter=1&lang=" + language);
			JavascriptExecutor script = (JavascriptExecutor) this.browser.driver();
			this.browser.waiting()
				.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
						"return typeof Chart !== 'undefined' && Array.from(document.querySelectorAll('canvas'))"
								+ ".every(canvas => Chart.getChart(canvas) !== undefined)")));

			assertThat(this.browser.horizontalOverflow()).as(language).isEmpty();
			assertThat(this.browser.overlappingText()).as(language).isEmpty();
			Object layout = script.executeScript("""
					const width = document.documentElement.clientWidth;
					const charts = Array.from(document.querySelectorAll('figure.chart'));
					const table = document.querySelector('#programs').getBoundingClientRect().top;
					return [charts.length,
					        charts.filter(chart => chart.getBoundingClientRect().right > width + 1).length,
					        charts.every(chart => chart.getBoundingClientRect().top < table),
					        Array.from(document.querySelectorAll('.state-legend .swatch'))
					          .filter(swatch => swatch.getBoundingClientRect().width > 0).length];
					""");
			assertThat((List<?>) layout).as(language).map(String::valueOf).containsExactly("5", "0", "true", "6");
			script.executeScript("document.getElementById('charts').scrollIntoView()");
			this.browser.screenshot(Path.of("target", "screenshots", "dashboard-charts-390-" + language + ".png"));
		}
	}

	private int rankedUnits() {
		return ((List<?>) ((JavascriptExecutor) this.browser.driver())
			.executeScript("return Array.from(document.querySelectorAll('#table-ranking tbody tr'))")).size();
	}

}
