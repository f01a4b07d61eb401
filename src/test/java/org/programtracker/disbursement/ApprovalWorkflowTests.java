package org.programtracker.disbursement;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.kernel.Formats;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.progress.UnitBreakdown;
import org.programtracker.progress.UnitProgress;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programtracker.support.DisbursementSheets.sheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A commune's quarter on its way up, from the pages, the import and the write API: the
 * district's editor decides on the whole quarter and a standing agency for its program;
 * the commune's own editor does not.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ApprovalWorkflowTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2";

	private static final String CONSOLIDATION = "/disbursements/submissions?orgUnit=NAM_NHUN&year=2024&quarter=2";

	private static final String ACTION = "/disbursements/submissions/%s?orgUnit=HUA_BUM&consolidating=NAM_NHUN&year=2024&quarter=2";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Users users;

	@Autowired
	private ProgressService progress;

	@Autowired
	private Formats formats;

	@PersistenceContext
	private EntityManager entityManager;

	private AppUserPrincipal district;

	@BeforeEach
	void addTheDistrictsEditor() {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, org_unit_id)
				select 'district', e.password_hash, 'Kế toán huyện Nậm Nhùn', 'EDITOR', u.id
				from app_user e, org_unit u where e.username = 'editor' and u.code = 'NAM_NHUN'""").update();
		this.district = this.users.named("district");
	}

	@Test
	@WithUserDetails("editor")
	void shouldSubmitReturnResubmitApproveAndReopenACommunesQuarterAuditingEachStep() {
		assertThat(this.mvc.get().uri("/disbursements/submit?orgUnit=HUA_BUM&year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Nộp số liệu quý 2 năm 2024: Xã Hua Bum", "Đồng ý, nộp số liệu quý");
		submit();
		assertThat(asDistrict(CONSOLIDATION)).bodyText()
			.contains("Đã nộp, chờ duyệt", "/disbursements/submissions/approve?orgUnit=HUA_BUM");

		assertThat(this.mvc.post()
			.uri(ACTION.formatted("return"))
			.param("reason", "  ")
			.with(user(this.district))
			.with(csrf())).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Vui lòng ghi lý do trả lại số liệu quý cho đơn vị.");
		assertThat(decide("return", "Thiếu chứng từ tạm ứng")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(CONSOLIDATION);
		assertThat(this.mvc.get().uri(GRID)).bodyText()
			.contains("Tình trạng số liệu quý: Bị trả lại.", "district trả lại ngày", "Thiếu chứng từ tạm ứng",
					"name=\"rows[0].amount\"");

		submit();
		assertThat(decide("approve", null)).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(GRID)).bodyText()
			.contains("Xã Hua Bum: số liệu quý 2 năm 2024 đã được district duyệt ngày",
					"Tình trạng số liệu quý: Đã duyệt.")
			.doesNotContain("name=\"rows[0].amount\"", "Lưu bảng giải ngân");
		assertThat(asDistrict(CONSOLIDATION)).bodyText().contains("district duyệt ngày", "Lý do mở lại");

		assertThat(decide("reopen", "Kho bạc điều chỉnh số liệu tạm ứng")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri(GRID)).bodyText()
			.contains("district mở lại ngày", "Kho bạc điều chỉnh số liệu tạm ứng", "name=\"rows[0].amount\"");

		this.entityManager.flush();
		assertThat(this.jdbc.sql("""
				select a.action || ':' || a.username || ':' || coalesce(a.note, '') from audit_entry a
				join org_unit u on u.id = a.org_unit_id
				where u.code = 'HUA_BUM' and a.subject = 'PERIOD' and a.year = 2024 and a.quarter = 2 order by a.id""")
			.query(String.class)
			.list()).containsExactly("SUBMIT:editor:", "RETURN:district:Thiếu chứng từ tạm ứng", "SUBMIT:editor:",
					"APPROVE:district:", "REOPEN:district:Kho bạc điều chỉnh số liệu tạm ứng");
		assertThat(this.jdbc
			.sql("""
					select a.old_value::text || ' -> ' || a.new_value::text from audit_entry a join org_unit u on u.id = a.org_unit_id
					where u.code = 'HUA_BUM' and a.action = 'APPROVE'""")
			.query(String.class)
			.single()).contains("SUBMITTED", "APPROVED");
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseEveryWriteToAnApprovedQuarterFromGridImportAndApiNamingWhoApproved() throws IOException {
		List<GridPageTests.TypedRow> shown = GridPageTests.TypedRow.of(GridForm.of(gridOfHuaBum()),
				Locale.forLanguageTag("vi"));
		submit();
		assertThat(decide("approve", null)).hasStatus(HttpStatus.FOUND);
		shown.get(0).setAmount("99");

		assertThat(GridPageTests.post(this.mvc, GRID, shown)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Xã Hua Bum: số liệu quý 2 năm 2024 đã được district duyệt ngày",
					"chỉ xem được cho đến khi người duyệt mở lại");

		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 1, "", "", "" }));
		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=2").multipart().file(file).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("đã được district duyệt ngày");

		MvcTestResult api = this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "quarter":2,"amountVnd":1}
					""")
			.exchange();
		assertThat(api).hasStatus(HttpStatus.CONFLICT);
		assertThat(api).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:quarter-approved");
		assertThat(api).bodyJson().extractingPath("$.state").isEqualTo("APPROVED");
		assertThat(api).bodyJson().extractingPath("$.approvedBy").isEqualTo("district");
		assertThat(api).bodyJson().extractingPath("$.orgUnit").isEqualTo("HUA_BUM");
		assertThat(api).bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("Xã Hua Bum: quarter 2 of 2024 was approved by district on ");

		MvcTestResult sibling = this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"NAM_HANG","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "quarter":2,"amountVnd":1000000}
					""")
			.exchange();
		assertThat(sibling).as("a sibling commune, not approved, still takes figures").hasStatusOk();
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseADecisionThatWouldChangeAnApprovedQuarterButNotOneDatedAfterIt() {
		submit();
		assertThat(decide("approve", null)).hasStatus(HttpStatus.FOUND);

		MvcTestResult inTheQuarter = postDecision("2024-05-10");
		MvcTestResult after = postDecision("2024-07-10");

		assertThat(inTheQuarter).hasStatus(HttpStatus.CONFLICT);
		assertThat(inTheQuarter).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:quarter-approved");
		assertThat(after).as("a decision of the third quarter leaves the approved second one as it is")
			.hasStatus(HttpStatus.CREATED);
		MvcTestResult assignment = this.mvc.post()
			.uri("/api/v1/assignments")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"GNBV","capitalType":"INVESTMENT","planYear":2024,
					 "amountVnd":1000000,"decisionNumber":"9/QĐ-UBND","decisionDate":"2024-04-02"}
					""")
			.exchange();
		assertThat(assignment).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	@WithUserDetails("editor")
	void shouldLetTheStandingAgencyApproveItsProgramLockingOnlyThatProgramOfTheUnit() throws IOException {
		Locale vi = Locale.forLanguageTag("vi");
		List<Long> ntmLines = gridOfHuaBum().groups()
			.stream()
			.filter(group -> group.programCode().equals("NTM"))
			.flatMap(group -> group.rows().stream())
			.map(Grid.Row::lineId)
			.toList();
		assertThat(ntmLines).isNotEmpty();
		submit();
		AppUserPrincipal officer = this.users.named("officer");
		String forNtm = "/disbursements/submissions/program/%s?orgUnit=HUA_BUM&consolidating=NAM_NHUN&year=2024&quarter=2&program=NTM";
		assertThat(
				this.mvc.post().uri(forNtm.formatted("return")).param("reason", " ").with(user(officer)).with(csrf()))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Vui lòng ghi lý do trả lại số liệu quý cho đơn vị.");
		assertThat(this.mvc.get().uri(CONSOLIDATION).with(user(officer))).bodyText()
			.contains("Duyệt cho chương trình NTM", "Trả lại (chương trình NTM)")
			.doesNotContain("Duyệt cho chương trình GNBV");

		assertThat(this.mvc.post().uri(forNtm.formatted("approve")).with(user(officer)).with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(CONSOLIDATION);

		Grid grid = gridOfHuaBum();
		assertThat(grid.groups()).allSatisfy(group -> {
			if (group.programCode().equals("NTM")) {
				assertThat(group.approvedForProgram().approvedBy()).isEqualTo("officer");
			}
			else {
				assertThat(group.approvedForProgram()).isNull();
			}
		});
		assertThat(GridForm.of(grid).getRows()).as("the rows left to type in: the other programs'")
			.isNotEmpty()
			.allSatisfy(row -> assertThat(ntmLines).doesNotContain(row.getLineId()));
		assertThat(this.mvc.get().uri(GRID)).bodyText().contains("Cơ quan thường trực (officer) đã duyệt ngày");

		List<GridPageTests.TypedRow> typedIntoNtm = GridPageTests.TypedRow.of(GridForm.of(gridBefore()), vi);
		typedIntoNtm.stream()
			.filter(row -> ntmLines.contains(row.getLineId()))
			.findFirst()
			.orElseThrow()
			.setAmount("1");
		assertThat(GridPageTests.post(this.mvc, GRID, typedIntoNtm)).as("the page again, the reason beside the cell")
			.hasStatusOk()
			.bodyText()
			.contains(
					"Xã Hua Bum: số liệu quý 2 năm 2024 của chương trình NTM đã được cơ quan thường trực (officer) duyệt ngày");
		List<GridPageTests.TypedRow> typedIntoOthers = GridPageTests.TypedRow.of(GridForm.of(grid), vi);
		typedIntoOthers.get(0).setAmount("7");
		assertThat(GridPageTests.post(this.mvc, GRID, typedIntoOthers)).as("the unit's other programs stay editable")
			.hasStatus(HttpStatus.FOUND);

		MockMultipartFile ntmSheet = new MockMultipartFile("file", "giai-ngan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				sheet(new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2024, 1, "", "", "" }));
		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=2").multipart().file(ntmSheet).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("của chương trình NTM đã được cơ quan thường trực (officer) duyệt ngày");

		MvcTestResult ntmDecision = this.mvc.post()
			.uri("/api/v1/allocations")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"NTM","component":"ND03","capitalType":"RECURRENT","planYear":2024,
					 "amountVnd":1000000,"decisionNumber":"9/QĐ-UBND","decisionDate":"2024-05-10"}
					""")
			.exchange();
		assertThat(ntmDecision).hasStatus(HttpStatus.CONFLICT);
		assertThat(ntmDecision).bodyJson().extractingPath("$.program").isEqualTo("NTM");
		assertThat(postDecision("2024-05-10")).as("a decision of another program").hasStatus(HttpStatus.CREATED);

		assertThat(asDistrict(CONSOLIDATION)).bodyText()
			.contains("NTM: officer duyệt ngày", "/disbursements/submissions/approve?orgUnit=HUA_BUM");

		assertThat(this.mvc.post()
			.uri(forNtm.formatted("reopen"))
			.param("reason", "Sửa số liệu ND03")
			.with(user(officer))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(GridForm.of(gridOfHuaBum()).getRows()).extracting(GridForm.RowForm::getLineId).containsAll(ntmLines);
	}

	/**
	 * The grid as it was shown before the program was approved: every row in the form.
	 */
	private Grid gridBefore() {
		Grid grid = gridOfHuaBum();
		return new Grid(grid.orgUnitCode(), grid.orgUnitName(), grid.quarter(), grid.deadline(), grid.closed(),
				grid.unitSuccessorName(), grid.editable(), grid.manyUnits(),
				grid.groups()
					.stream()
					.map(group -> new Grid.Group(group.programCode(), group.programName(), group.carriedOver(),
							group.rows(), group.totals(), null))
					.toList(),
				grid.yearTotal(), grid.carriedOverTotal(), grid.closedForUnitName(), grid.approval());
	}

	private MvcTestResult postDecision(String date) {
		return this.mvc.post()
			.uri("/api/v1/allocations")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "amountVnd":1000000,"decisionNumber":"9/QĐ-UBND","decisionDate":"%s"}
					""".formatted(date))
			.exchange();
	}

	@Test
	@WithUserDetails("editor")
	void shouldLetOnlyTheUnitAboveDecide() {
		submit();

		assertThat(this.mvc.post().uri(ACTION.formatted("approve")).with(csrf())).as("the commune's own editor")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(
				this.mvc.post().uri(ACTION.formatted("approve")).with(user(this.users.named("officer"))).with(csrf()))
			.as("a standing agency follows but does not decide")
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri(ACTION.formatted("approve")).with(user(this.users.viewer())).with(csrf()))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri(CONSOLIDATION).with(user(this.users.named("officer")))).hasStatusOk()
			.bodyText()
			.contains("Đã nộp, chờ duyệt")
			.doesNotContain("/disbursements/submissions/approve?");
		assertThat(this.mvc.post().uri(ACTION.formatted("approve")).with(user(this.users.admin())).with(csrf()))
			.as("an administrator")
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post().uri(ACTION.formatted("approve")).with(user(this.district)).with(csrf()))
			.as("approved already: nothing to approve")
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Số liệu quý 2 năm 2024 của Xã Hua Bum không ở trạng thái chờ duyệt (hiện: Đã duyệt)");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldShowEachChildUnitWithTheFiguresOfTheProgressServiceAndItsState() throws UnsupportedEncodingException {
		String page = this.mvc.get()
			.uri(CONSOLIDATION)
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		UnitBreakdown breakdown = this.progress.byOrgUnit(this.users.viewer().scope(), "NAM_NHUN", null, null,
				new Quarter(2024, 2));

		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		try {
			assertThat(breakdown.units()).hasSizeGreaterThan(10);
			// every amount of the table with the table's decimals
			int decimals = this.formats.decimalsFor(breakdown.amounts());
			for (UnitProgress unit : breakdown.units()) {
				String row = row(page, unit.code());
				assertThat(row).as(unit.code())
					.contains(">" + this.formats.millions(unit.total().planVnd(), decimals) + "<",
							">" + this.formats.millions(unit.total().disbursedVnd(), decimals) + "<",
							">" + this.formats.percent(unit.percentOfPlan()) + "<");
			}
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		assertThat(row(page, "MUONG_MO")).contains("data-state=\"APPROVED\"", "admin duyệt ngày 04/07/2024",
				"ketoan.muongmo, 02/07/2024");
		assertThat(row(page, "NAM_MANH")).contains("data-state=\"RETURNED\"", "admin trả lại ngày 05/07/2024",
				"Lý do: Số tạm ứng quý 2 chưa khớp với chứng từ của Kho bạc");
		assertThat(row(page, "LE_LOI")).contains("data-state=\"SUBMITTED\"", "Đã nộp, chờ duyệt");
		assertThat(row(page, "HUA_BUM")).contains("data-state=\"OPEN\"", "Chưa nộp");
		assertThat(page).contains("Đã duyệt 3 trên")
			.doesNotContain("/disbursements/submissions/approve?", "/disbursements/submissions/return?");
	}

	private static String row(String page, String code) {
		int start = page.indexOf("data-unit=\"" + code + "\"");
		assertThat(start).as("row of " + code).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private Grid gridOfHuaBum() {
		return this.grids.load(this.users.editor(), "HUA_BUM", new Quarter(2024, 2));
	}

	@Autowired
	private GridService grids;

	private void submit() {
		assertThat(this.mvc.post().uri("/disbursements/submitted?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
	}

	private MvcTestResult decide(String action, String reason) {
		var request = this.mvc.post().uri(ACTION.formatted(action)).with(user(this.district)).with(csrf());
		if (reason != null) {
			request.param("reason", reason);
		}
		return request.exchange();
	}

	private MvcTestResult asDistrict(String uri) {
		return this.mvc.get().uri(uri).with(user(this.district)).exchange();
	}

}
