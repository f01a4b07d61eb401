package org.programtracker.period;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The one rule for the period a page opens at: the latest quarter with disbursements up
 * to today's, asked by every page, so that each opens at the same period.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class WorkingPeriodTests {

	/**
	 * The pages that show a quarter, and those that show a year (their quarter is not
	 * read).
	 */
	private static final List<String> QUARTER_PAGES = List.of("/progress", "/dashboard", "/disbursements", "/history",
			"/disbursements/submissions", "/directives", "/reports/summary");

	private static final List<String> YEAR_PAGES = List.of("/periods", "/periods/units", "/allocations",
			"/assignments");

	private static final Pattern PERIOD_IN_LINK = Pattern.compile("year=(\\d{4})&(?:amp;)?quarter=(\\d)");

	@Autowired
	private WorkingPeriod working;

	@Autowired
	private SettableClock clock;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldBeTheLatestQuarterWithDisbursementsUpToToday() {
		this.clock.setToday(LocalDate.of(2026, 12, 1));
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 3));

		this.clock.setToday(LocalDate.of(2024, 5, 20));
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 2));
	}

	@Test
	void shouldBeTodaysQuarterWhenNothingWasDisbursedYet() {
		this.jdbc.sql("delete from disbursement").update();
		this.clock.setToday(LocalDate.of(2026, 12, 1));

		assertThat(this.working.quarter()).isEqualTo(new Quarter(2026, 4));
		assertThat(this.working.year()).isEqualTo(2026);
	}

	@Test
	void shouldFindAnEntryWrittenWithoutItsPlanYearUnderItsLinesYear() {
		this.clock.setToday(LocalDate.of(2026, 12, 1));
		long line = this.jdbc
			.sql("""
					select min(pl.id) from plan_line pl
					where pl.plan_year = 2024 and not exists (select 1 from disbursement d where d.plan_line_id = pl.id and d.quarter = 4)
					""")
			.query(Long.class)
			.single();
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 3));

		this.jdbc.sql("insert into disbursement (plan_line_id, quarter, amount_vnd) values (:line, 4, 1000000)")
			.param("line", line)
			.update();

		assertThat(this.jdbc.sql("select plan_year from disbursement where plan_line_id = :line and quarter = 4")
			.param("line", line)
			.query(Integer.class)
			.single()).isEqualTo(2024);
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 4));
	}

	@Test
	void shouldRefuseAnEntryWhosePlanYearIsNotItsLines() {
		long line = this.jdbc.sql("select min(id) from plan_line where plan_year = 2024").query(Long.class).single();

		assertThatExceptionOfType(DataIntegrityViolationException.class).isThrownBy(() -> this.jdbc
			.sql("insert into disbursement (plan_line_id, plan_year, quarter, amount_vnd) values (:line, 2023, 4, 1)")
			.param("line", line)
			.update());
	}

	@Test
	void shouldTakeTheQuarterOrYearAskedForOverTheDefault() {
		this.clock.setToday(LocalDate.of(2026, 12, 1));

		assertThat(this.working.choose(2023, 4)).isEqualTo(new Quarter(2023, 4));
		assertThat(this.working.choose(2023, null)).isEqualTo(new Quarter(2023, 1));
		assertThat(this.working.choose(null, 2)).isEqualTo(new Quarter(2024, 2));
		assertThat(this.working.chooseYear(null)).isEqualTo(2024);
		assertThat(this.working.chooseYear(2022)).isEqualTo(2022);
	}

	@Test
	@WithUserDetails("admin")
	void shouldOpenEveryPageAtThePeriodBeingWorkedOn() {
		this.clock.setToday(LocalDate.of(2026, 12, 1));
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 3));

		for (String page : QUARTER_PAGES) {
			assertThat(periodShown(page)).as(page).isEqualTo("2024 Q3");
		}
		for (String page : YEAR_PAGES) {
			assertThat(yearShown(get(page))).as(page).isEqualTo("2024");
		}
		assertThat(this.mvc.get().uri("/allocations/new")).bodyText().contains("value=\"2024\"");
		assertThat(this.mvc.get().uri("/assignments/new")).bodyText().contains("value=\"2024\"");
	}

	@Test
	@WithUserDetails("editor")
	void shouldOpenAnEditorsPagesAtTheSamePeriodAsTheLatestFiguresOfTheDashboard() {
		this.clock.setToday(LocalDate.of(2024, 8, 15));
		assertThat(this.working.quarter()).isEqualTo(new Quarter(2024, 3));

		for (String page : List.of("/progress", "/dashboard", "/dashboard?quarter=today", "/disbursements", "/history",
				"/directives", "/reports/summary")) {
			assertThat(periodShown(page)).as(page).isEqualTo("2024 Q3");
		}
		assertThat(yearShown(get("/allocations"))).isEqualTo("2024");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepAllYearsInARegisterWhenAllIsChosen() {
		this.clock.setToday(LocalDate.of(2026, 12, 1));

		assertThat(yearShown(get("/allocations?year="))).isEmpty();
	}

	private String periodShown(String page) {
		Document html = get(page);
		Element quarter = html.selectFirst("select#quarter option[selected]");
		if (quarter != null && !"today".equals(quarter.val())) {
			return yearShown(html) + " Q" + quarter.val();
		}
		// A page without a quarter filter (the submissions) links to its period.
		Matcher link = PERIOD_IN_LINK.matcher(html.select("a[href*=format]").attr("href"));
		if (quarter == null && link.find()) {
			return link.group(1) + " Q" + link.group(2);
		}
		Element heading = html.selectFirst("h1");
		Matcher inHeading = Pattern.compile("quý (\\d) năm (\\d{4})").matcher(heading.text());
		assertThat(inHeading.find()).as(page + ": " + heading.text()).isTrue();
		return inHeading.group(2) + " Q" + inHeading.group(1);
	}

	private static String yearShown(Document html) {
		Element selected = html.selectFirst("select#year option[selected]");
		if (selected != null) {
			return selected.val();
		}
		Element typed = html.selectFirst("input#year");
		return (typed != null) ? typed.val() : "";
	}

	private Document get(String page) {
		MvcTestResult result = this.mvc.get().uri(page).exchange();
		assertThat(result).as(page).hasStatusOk();
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
