package org.programtracker.disbursement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.disbursement.GridPageTests.TypedRow;
import org.programtracker.kernel.Money;
import org.programtracker.period.DeadlineDecision;
import org.programtracker.period.ExtensionPeriodClosedException;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.programtracker.support.Imports;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.programtracker.support.DisbursementSheets.sheet;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What Hua Bum disburses of its 2025 capital after 31 December: entered in the extension
 * period of the 2025 plan through the API, the grid or a sheet, from 1 January 2026 up to
 * the deadline (31 January 2026 unless a decision extends it), and refused before and
 * after, naming the deadline. Each test sets "today" and rolls back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class ExtensionPeriodEntryTests {

	private static final PlanLineKey LINE = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null,
			2025, null);

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2025&quarter=5";

	private static final String ENTRY = """
			{"orgUnit":"HUA_BUM","program":"DTTS","component":"DA1","capitalType":"INVESTMENT","planYear":2025,
			 "period":"EXTENSION","amountVnd":450000000}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private GridService grids;

	@Autowired
	private PlanYearService planYears;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@BeforeEach
	void planTheLineAndDisburseInTheYear() {
		on("2025-02-01");
		this.allocations.create(this.users.editor(),
				new DecisionCommand(LINE, null, "40/QĐ-UBND", LocalDate.of(2025, 2, 1), millions(1_000), null));
		on("2025-11-20");
		this.disbursements.set(this.users.editor(), LINE, 4, EntryCommand.amount(millions(500)));
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldTakeTheExtensionPeriodThroughTheApiFromTheEndOfTheYearToTheDeadline() {
		on("2026-01-31");

		MvcTestResult result = put(ENTRY);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.period").isEqualTo("EXTENSION");
		assertThat(result).bodyJson().extractingPath("$.quarter").isNull();
		assertThat(result).bodyJson().extractingPath("$.amountVnd").isEqualTo(450000000);
		assertThat(extensionEntry()).isEqualByComparingTo("450000000");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry
				where subject = 'DISBURSEMENT' and year = 2025 and quarter = 5 and username = 'editor'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void shouldRefuseTheExtensionPeriodAfterTheDeadlineNamingIt() {
		on("2026-02-01");

		MvcTestResult result = put(ENTRY);

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:deadline-passed");
		assertThat(result).bodyJson().extractingPath("$.deadline").isEqualTo("2026-01-31");
		assertThat(result).bodyJson().extractingPath("$.period").isEqualTo("EXTENSION");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The disbursement deadline of plan year 2025 ended on 31/01/2026: "
					+ "the figures of its extension period can no longer be changed.");
		assertThat(extensionEntry()).isNull();
	}

	@Test
	void shouldRefuseTheExtensionPeriodWhileThePlanYearLasts() {
		on("2025-12-31");

		MvcTestResult result = put(ENTRY);

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:extension-not-started");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The 2025 extension period begins on 01/01/2026: "
					+ "what is disbursed up to 31/12/2025 belongs to quarter 4.");
	}

	@Test
	void shouldTakeTheExtensionPeriodUpToADeadlineADecisionExtended() {
		on("2026-02-03");
		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 4, 30), "112/QĐ-UBND", LocalDate.of(2026, 2, 2), null));

		assertThat(put(ENTRY)).hasStatusOk();

		on("2026-05-01");
		assertThatExceptionOfType(ExtensionPeriodClosedException.class)
			.isThrownBy(() -> this.disbursements.set(this.users.editor(), LINE, Quarter.EXTENSION,
					EntryCommand.amount(millions(460))))
			.satisfies(ex -> assertThat(ex.getDeadline()).isEqualTo(LocalDate.of(2026, 4, 30)));
	}

	@Test
	void shouldTakeEitherAQuarterOrTheExtensionPeriod() {
		on("2026-01-15");

		MvcTestResult both = put(ENTRY.replace("\"period\":\"EXTENSION\"", "\"period\":\"EXTENSION\",\"quarter\":4"));
		assertThat(both).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(both).bodyJson().extractingPath("$.field").isEqualTo("period");

		MvcTestResult neither = put(ENTRY.replace("\"period\":\"EXTENSION\",", ""));
		assertThat(neither).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(neither).bodyJson().extractingPath("$.field").isEqualTo("quarter");

		MvcTestResult unknown = put(ENTRY.replace("EXTENSION", "JANUARY"));
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("period");

		MvcTestResult quarter = put(ENTRY.replace("\"period\":\"EXTENSION\"", "\"quarter\":4"));
		assertThat(quarter).hasStatusOk();
		assertThat(quarter).bodyJson().extractingPath("$.quarter").isEqualTo(4);
		assertThat(quarter).bodyJson().extractingPath("$.period").isNull();
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowTheExtensionPeriodsGridWithItsDeadlineAndSaveIt() {
		on("2026-01-15");

		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("Giải ngân thời gian kéo dài năm 2025: Xã Hua Bum",
					"Số giải ngân vốn năm 2025 từ ngày 01/01/2026 đến hết thời hạn ngày 31/01/2026", "Quý 1 đến quý 4",
					"Giải ngân thời gian kéo dài", "<option value=\"5\" selected=\"selected\">",
					"name=\"rows[0].amount\"")
			.doesNotContain("Đánh dấu đã nộp");

		List<TypedRow> rows = rows();
		rows.get(0).setAmount("450");
		assertThat(GridPageTests.post(this.mvc, GRID, rows)).hasStatus(HttpStatus.FOUND);

		assertThat(extensionEntry()).isEqualByComparingTo("450000000");
		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("<td class=\"num\" data-out=\"cumulative\">950</td>", "95,0%");
	}

	@Test
	@WithUserDetails("editor")
	void shouldPointFromTheQuartersGridToTheOpenExtensionPeriod() {
		on("2026-01-15");

		assertThat(this.mvc.get().uri("/disbursements?orgUnit=HUA_BUM&year=2025&quarter=4")).hasStatusOk()
			.bodyText()
			.contains(
					"Số giải ngân vốn năm 2025 từ ngày 01/01/2026 đến hết ngày 31/01/2026 ghi vào thời gian kéo dài năm 2025.",
					"href=\"/disbursements?orgUnit=HUA_BUM&amp;year=2025&amp;quarter=5\"");
	}

	@Test
	@WithUserDetails("editor")
	void shouldShowTheExtensionPeriodReadOnlyAfterTheDeadlineAndRefuseItsWrites() {
		on("2026-01-15");
		List<TypedRow> rows = rows();
		rows.get(0).setAmount("450");
		on("2026-02-01");

		assertThat(this.mvc.get().uri(GRID)).hasStatusOk()
			.bodyText()
			.contains("Thời hạn giải ngân vốn năm 2025 đã kết thúc ngày 31/01/2026")
			.doesNotContain("name=\"rows[0].amount\"", "Lưu bảng giải ngân");
		assertThat(GridPageTests.post(this.mvc, GRID, rows)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Thời hạn giải ngân vốn năm 2025 đã kết thúc ngày 31/01/2026");
		assertThat(extensionEntry()).isNull();
	}

	@Test
	@WithUserDetails("editor")
	void shouldImportTheExtensionPeriodFromASheetUntilTheDeadline() throws IOException {
		byte[] sheet = sheet(new Object[] { "HUA_BUM", "DTTS", "DA1", "INVESTMENT", "", 2025, 450, "", "", "" });
		on("2026-02-01");

		assertThat(upload(sheet)).hasStatusOk()
			.bodyText()
			.contains("Nhập số giải ngân thời gian kéo dài năm 2025 từ tệp",
					"Thời hạn giải ngân vốn năm 2025 đã kết thúc ngày 31/01/2026");
		assertThat(extensionEntry()).isNull();

		on("2026-01-20");
		assertThat(upload(sheet)).hasStatus(HttpStatus.FOUND);
		assertThat(extensionEntry()).isEqualByComparingTo("450000000");
	}

	private MvcTestResult put(String body) {
		return this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("editor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult upload(byte[] sheet) {
		return Imports.uploadAndConfirm(this.mvc, "/imports?year=2025&quarter=5", new MockMultipartFile("file",
				"keo-dai.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet));
	}

	private List<TypedRow> rows() {
		return TypedRow.of(GridForm.of(this.grids.load(this.users.editor(), "HUA_BUM", Quarter.extension(2025))),
				Locale.forLanguageTag("vi-VN"));
	}

	private BigDecimal extensionEntry() {
		this.entityManager.flush();
		return this.jdbc.sql("""
				select d.amount_vnd from disbursement d join plan_line l on l.id = d.plan_line_id
				join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
				where u.code = 'HUA_BUM' and p.code = 'DTTS' and l.plan_year = 2025 and d.quarter = 5
				""").query(BigDecimal.class).optional().orElse(null);
	}

	private void on(String day) {
		this.clock.setToday(LocalDate.parse(day));
	}

	private static BigDecimal millions(long millions) {
		return Money.fromMillions(BigDecimal.valueOf(millions));
	}

}
