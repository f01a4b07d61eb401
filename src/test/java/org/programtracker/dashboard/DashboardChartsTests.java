package org.programtracker.dashboard;

import java.io.UnsupportedEncodingException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's charts draw the figures of the table beside them and no others: a bar
 * chart per capital type whose bars are the table's rows and totals of that type (NTM's
 * investment bar is 31,4% as its row, never a mix of both capital types), and line charts
 * over the quarters of two plan years whose last points are the table's figures.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DashboardChartsTests {

	private static final Quarter Q1_2024 = new Quarter(2024, 1);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ProgressService progress;

	@Autowired
	private Users users;

	@Test
	@WithUserDetails("viewer")
	void shouldDrawAChartPerCapitalTypeWhoseBarsAreTheTablesPercentages() {
		Document page = dashboard("/dashboard?year=2024&quarter=1");
		ProgressReport report = this.progress.byProgram(viewer().scope(), null, Q1_2024);

		for (CapitalType type : CapitalType.values()) {
			Element chart = page.getElementById("chart-capital-" + type);
			assertThat(chart).as(type.name()).isNotNull();
			List<String> expected = new ArrayList<>();
			for (ProgressRow row : report.rows()) {
				if (row.capitalType() == type) {
					expected.add(row.code() + "=" + value(row.figures()));
				}
			}
			expected.add("total=" + value(report.totalsByCapitalType().get(type)));
			assertThat(bars(chart)).as(type.name()).containsExactlyElementsOf(expected);
		}
		assertThat(bars(page.getElementById("chart-capital-INVESTMENT"))).startsWith("NTM=31.4", "GNBV=27.7",
				"DTTS=41.1");
		assertThat(bars(page.getElementById("chart-capital-RECURRENT"))).startsWith("NTM=0.0", "GNBV=", "DTTS=");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowOnEachBarTheFigureOfTheTablesRowAndItsStatus() {
		Document page = dashboard("/dashboard?year=2024&quarter=1");
		Element ntm = page.getElementById("chart-capital-INVESTMENT").selectFirst("tbody tr");

		assertThat(ntm.select("td").eachText()).startsWith("2.487", "780", "31,4%");
		assertThat(ntm.selectFirst("td[data-state]").attr("data-state")).isEqualTo("IN_PROGRESS");
		Element table = page.selectFirst("table.figures");
		assertThat(table.text()).contains("2.487 780 31,4%");
		assertThat(page.selectFirst(".charts").attr("data-pace")).isEqualTo("25");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldDrawTheQuartersOfTwoYearsEndingAtTheTablesFigures() {
		Document page = dashboard("/dashboard?year=2024&quarter=1");
		ProgressReport report = this.progress.byProgram(viewer().scope(), null, Q1_2024);

		for (CapitalType type : CapitalType.values()) {
			Element chart = page.getElementById("chart-quarters-" + type);
			assertThat(chart.select("thead th[data-pace]").eachText()).as(type.name())
				.containsExactly("Quý 1/2023", "Quý 2/2023", "Quý 3/2023", "Quý 4/2023", "Quý 1/2024");
			assertThat(chart.select("thead th[data-pace]").eachAttr("data-pace")).containsExactly("25", "50", "75",
					"100", "25");
			List<String> lastPoints = new ArrayList<>();
			for (Element row : chart.select("tbody tr")) {
				lastPoints.add(row.select("td").last().attr("data-value"));
			}
			List<String> expected = new ArrayList<>();
			report.rows()
				.stream()
				.filter(row -> row.capitalType() == type)
				.forEach(row -> expected.add(value(row.figures())));
			expected.add(value(report.totalsByCapitalType().get(type)));
			assertThat(lastPoints).as(type.name()).containsExactlyElementsOf(expected);
		}
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheChartsBeforeTheTablesAndOneStatusLegendInEnglishToo() {
		Document page = dashboard("/dashboard?year=2024&quarter=1&lang=en");
		assertThat(page.text()).as("every label found").doesNotContain("??");
		assertThat(page.select("#chart-capital-INVESTMENT tr.chart-total th").text())
			.isEqualTo("Total development investment capital");

		assertThat(page.getElementById("charts").elementSiblingIndex())
			.isLessThan(page.getElementById("programs").elementSiblingIndex());
		assertThat(page.select(".state-legend li").eachText()).containsExactly("not allocated", "not started",
				"in progress", "completed", "over plan", "Expected pace: the share of the year gone by");
		assertThat(page.getElementById("chart-capital-INVESTMENT").closest("figure").selectFirst("figcaption").text())
			.isEqualTo("Development investment capital: % of plan at the end of quarter 1 of 2024");
	}

	private AppUserPrincipal viewer() {
		return this.users.viewer();
	}

	private static List<String> bars(Element chart) {
		List<String> bars = new ArrayList<>();
		for (Element row : chart.select("tbody tr")) {
			String label = row.hasClass("chart-total") ? "total" : row.selectFirst("th").text();
			bars.add(label + "=" + row.selectFirst("td[data-state]").attr("data-value"));
		}
		return bars;
	}

	private static String value(Figures figures) {
		BigDecimal percent = figures.percentOfPlan().value();
		return (percent == null) ? "" : percent.toPlainString();
	}

	private Document dashboard(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
