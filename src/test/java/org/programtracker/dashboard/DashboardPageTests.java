package org.programtracker.dashboard;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.period.WorkingPeriod;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@AutoConfigureMockMvc
class DashboardPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private WorkingPeriod workingPeriod;

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheSeedLinesOnTheDashboard() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("lang=\"vi\"", "Bảng điều khiển quý 1 năm 2024", "31/03/2024")
			.contains(">2.487<", ">780<", ">31,4%<")
			.contains(">1.282<", "chưa giải ngân", ">0,0%<")
			.contains(">49.416<", ">13.704<", ">27,7%<")
			.contains(">92.711<", ">38.111<", ">41,1%<")
			.contains("chưa giao vốn", "Vốn năm trước kéo dài sang năm 2024", ">2.350<", ">79,6%<")
			.contains(">145.896<", ">52.595<", ">36,0%<")
			.doesNotContain("39,7%");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheDashboardInEnglish() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1&lang=en")).hasStatusOk()
			.bodyText()
			.contains("lang=\"en\"", "Dashboard, quarter 1 of 2024", ">2,487<", ">31.4%<", "not allocated",
					"not started", "Units ranked by disbursement");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLinkEveryProgramFigureToItsDrillDown() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("href=\"/dashboard/programs/NTM?year=2024&amp;quarter=1&amp;orgUnit=NAM_NHUN\"");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldKeepScriptsAndStylesOutOfThePage() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("src=\"/webjars/chart.js/", "src=\"/js/dashboard.js\"")
			.doesNotContain("style=\"", " onclick=", "<script>")
			.doesNotContainPattern("<script(?![^>]*src=)");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldServeChartJsFromItsWebjar() {
		assertThat(this.mvc.get().uri("/webjars/chart.js/dist/chart.umd.js")).hasStatusOk();
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowAPlanLineWithItsDecisionsAndEntries() {
		assertThat(this.mvc.get().uri("/dashboard/programs/NTM?year=2024&quarter=1&component=ND02")).hasStatusOk()
			.bodyText()
			.contains("Các dòng kế hoạch vốn", "Ban Quản lý dự án đầu tư xây dựng huyện");
	}

	@Test
	@WithUserDetails("editor")
	void shouldAnswerNotFoundForAUnitOutsideTheEditorsScope() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1&orgUnit=NAM_HANG"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/dashboard/programs/NTM?year=2024&quarter=1&orgUnit=NAM_HANG"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowAnEditorOnlyTheirCommune() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum")
			.doesNotContain("Xã Nậm Hàng", "Huyện Nậm Nhùn");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowTheLatestFiguresAtThePeriodBeingWorkedOnNotAnEmptyQuarterOfToday() {
		Quarter worked = this.workingPeriod.quarter();
		assertThat(this.mvc.get().uri("/dashboard?quarter=today")).hasStatusOk()
			.bodyText()
			.contains("Bảng điều khiển, số liệu mới nhất (quý " + worked.quarter() + " năm " + worked.year() + ")")
			.contains("<option value=\"today\" selected=\"selected\">Số liệu mới nhất</option>");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldAnswerBadRequestForAQuarterThatIsNoQuarter() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=tomorrow")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldListOverdueDirectivesWithALinkToEach() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Kết luận chỉ đạo quá hạn", "href=\"/directives/");
	}

	@Test
	@WithUserDetails("officer")
	void shouldShowAProgramOfficerOnlyTheirPrograms() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("/dashboard/programs/NTM")
			.doesNotContain("/dashboard/programs/DTTS", "/dashboard/programs/GNBV");
	}

	@Test
	@Transactional
	@WithUserDetails("viewer")
	void shouldListTheUnitsThatHaveNotSubmittedAnOpenQuarterWithALinkToTheirGrid() {
		this.jdbc.sql("""
				insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at)
				select id, 2024, 2, 'editor', timestamp with time zone '2024-07-03 09:00:00+07'
				from org_unit where code = 'HUA_BUM'""").update();

		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Chưa nộp số liệu quý 2",
					"href=\"/disbursements?year=2024&amp;quarter=2&amp;orgUnit=NAM_HANG\">Xã Nậm Hàng</a>")
			.doesNotContain("/disbursements?year=2024&amp;quarter=2&amp;orgUnit=HUA_BUM");
	}

	@Test
	@Transactional
	@WithUserDetails("viewer")
	void shouldShowTheFirstFewOfEachLongListAndLinkToTheWholeList() throws UnsupportedEncodingException {
		// eleven more communes, each with a 2024 line of 100 million disbursed over plan
		// in Q2
		// and an overdue directive; none has submitted Q2 (the demo has four communes
		// that handed Q2 in)
		this.jdbc.sql("""
				insert into org_unit (code, name, kind, parent_id, path)
				select 'XA_MOI_' || n, 'Xã mới ' || n, 'COMMUNE', d.id, d.path || 'XA_MOI_' || n || '/'
				from org_unit d, generate_series(1, 11) n where d.code = 'NAM_NHUN'""").update();
		this.jdbc.sql("""
				insert into plan_line (org_unit_id, program_id, capital_type, plan_year, origin_year)
				select u.id, p.id, 'INVESTMENT', 2024, 2024
				from org_unit u, program p where u.code like 'XA!_MOI!_%' escape '!' and p.code = 'NTM'""").update();
		this.jdbc.sql("""
				insert into allocation (plan_line_id, decision_number, decision_date, amount_vnd)
				select pl.id, '1/QĐ', date '2024-01-10', 100000000
				from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.code like 'XA!_MOI!_%' escape '!'""")
			.update();
		this.jdbc.sql("""
				insert into disbursement (plan_line_id, quarter, amount_vnd)
				select pl.id, 2, case when u.code = 'XA_MOI_7' then 900000000 else 150000000 end
				from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.code like 'XA!_MOI!_%' escape '!'""")
			.update();
		this.jdbc.sql("""
				insert into directive (org_unit_id, given_year, given_quarter, text, responsible_unit_id, deadline,
				                       created_by, created_at)
				select d.id, 2024, 1, 'Thu hồi tạm ứng tại ' || u.name, u.id, date '2024-03-31', 'admin', now()
				from org_unit u, org_unit d where u.code like 'XA!_MOI!_%' escape '!' and d.code = 'NAM_NHUN'""")
			.update();

		String page = this.mvc.get()
			.uri("/dashboard?year=2024&quarter=2&orgUnit=NAM_NHUN")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		String overPlan = page.substring(page.indexOf("Giải ngân vượt kế hoạch"));
		assertThat(overPlan.indexOf("Xã mới 7")).as("the largest excess first")
			.isLessThan(overPlan.indexOf("Xã mới 1"));
		assertThat(page).containsPattern("và \\d+ dòng kế hoạch khác vượt kế hoạch")
			.containsPattern("<a href=\"/disbursements/submissions\\?year=2024&amp;quarter=2&amp;orgUnit=NAM_NHUN\">"
					+ "Xem đủ \\d+ đơn vị chưa nộp số liệu</a>")
			.containsPattern("<a href=\"/directives\\?orgUnit=NAM_NHUN&amp;status=OVERDUE\">"
					+ "Xem đủ \\d+ kết luận chỉ đạo quá hạn</a>");
		String unsubmitted = page.substring(page.indexOf("Chưa nộp số liệu quý 2"), page.indexOf("Xem đủ"));
		assertThat(unsubmitted.split("<li>")).as("the first 24 units and the list's start").hasSize(25);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotAskForSubmissionsOnceTheQuarterIsClosed() {
		assertThat(this.mvc.get().uri("/dashboard?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.doesNotContain("Chưa nộp số liệu");
	}

}
