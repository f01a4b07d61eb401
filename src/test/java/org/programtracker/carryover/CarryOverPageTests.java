package org.programtracker.carryover;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programtracker.carryover.CarryOverServiceTests.DISBURSED_IN_FULL;
import static org.programtracker.carryover.CarryOverServiceTests.INVESTMENT;
import static org.programtracker.carryover.CarryOverServiceTests.RECURRENT;
import static org.programtracker.carryover.CarryOverServiceTests.millions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * The administrator's carry-over page for Hua Bum's 2027 plan (see
 * {@link CarryOverServiceTests}): closed before the deadline with the date named, each
 * line's exact remainder in million đồng after it, a decision confirmed with carry over
 * or lapse per line, the outcomes shown, and what lapsed in the year's final figures.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class CarryOverPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	private long investmentId;

	private long recurrentId;

	@BeforeEach
	void recordThe2027Plan() {
		on("2027-02-01");
		this.investmentId = allocate(INVESTMENT, "1000");
		this.recurrentId = allocate(RECURRENT, "200");
		allocate(DISBURSED_IN_FULL, "100");
		on("2027-06-10");
		disburse(INVESTMENT, 2, "300");
		disburse(DISBURSED_IN_FULL, 2, "100");
		disburse(RECURRENT, 3, "150");
		disburse(INVESTMENT, 4, "200");
		on("2028-01-25");
		disburse(INVESTMENT, Quarter.EXTENSION, "364.5");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayThatCarryOverOpensAfterTheDeadline() {
		on("2028-01-31");

		assertThat(this.mvc.get().uri("/periods/carry-over?year=2027&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Chuyển nguồn vốn năm 2027 sang năm 2028",
					"Việc chuyển nguồn vốn năm 2027 chỉ thực hiện sau thời hạn giải ngân ngày 31/01/2028.")
			.doesNotContain("Xác nhận quyết định");
		assertThat(confirm("215/QĐ-UBND", "20/02/2028")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Chưa thể chuyển nguồn vốn năm 2027: thời hạn giải ngân đến hết ngày 31/01/2028.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEachLinesExactRemainderCarriedOverByDefault() {
		on("2028-02-05");

		assertThat(this.mvc.get().uri("/periods/carry-over?year=2027&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Số vốn còn lại năm 2027 – Xã Hua Bum (triệu đồng)", ">1.000<", ">864,5<", ">135,5<", ">200<",
					">150<", ">50<", "Chuyển nguồn sang năm 2028", ">185,5<", "Hủy dự toán",
					"name=\"choices[" + this.investmentId + "]\" value=\"CARRIED_OVER\" checked",
					"Dòng chuyển nguồn có thời hạn giải ngân đến ngày 31/12/2028")
			.doesNotContain(">100<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldConfirmTheDecisionAndShowTheOutcomesAndWhatLapsedInTheFinalFigures() {
		on("2028-02-05");

		assertThat(confirm("215/QĐ-UBND", "20/02/2028").param("choices[" + this.recurrentId + "]", "LAPSED"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/periods/carry-over?year=2027&orgUnit=HUA_BUM");

		assertThat(this.mvc.get().uri("/periods/carry-over?year=2027&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Các dòng năm 2027 đã quyết định", "Đã chuyển nguồn", "Đã hủy dự toán",
					"Quyết định số 215/QĐ-UBND ngày 20/02/2028", ">135,5<", ">50<",
					"Năm 2027, Xã Hua Bum không còn số vốn nào cần quyết định chuyển nguồn hoặc hủy dự toán.");
		assertThat(this.mvc.get().uri("/progress?year=2027&quarter=5&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Vốn không giải ngân hết bị hủy dự toán: 50 triệu đồng");
		assertThat(this.mvc.get().uri("/progress?year=2027&quarter=5&orgUnit=HUA_BUM&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Lapsed: 50 million VND");
		assertThat(this.mvc.get().uri("/progress?year=2027&quarter=4&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.doesNotContain("bị hủy dự toán");
		assertThat(confirm("216/QĐ-UBND", "21/02/2028")).as("the page sent again")
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("đã được quyết định (Quyết định số 215/QĐ-UBND); không thể quyết định lần thứ hai.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToEachFieldAndKeepWhatWasTyped() {
		on("2028-02-05");

		assertThat(confirm(" ", "31/02/2028").param("choices[" + this.recurrentId + "]", "LAPSED")
			.param("carriedDeadline", "2030-06-30")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Chưa lưu gì: vui lòng sửa các mục được đánh dấu dưới đây.", "id=\"decisionNumber-error\"",
					"Vui lòng nhập mục này.", "id=\"decisionDate-error\"",
					"«31/02/2028» không phải là ngày: tháng 2 năm 2028 chỉ có 29 ngày.", "value=\"31/02/2028\"",
					"id=\"carriedDeadline-error\"",
					"Thời hạn giải ngân của dòng chuyển nguồn phải từ ngày 01/01/2028 đến ngày 31/12/2029.",
					"name=\"choices[" + this.recurrentId + "]\" value=\"LAPSED\" checked", ">50<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAnswerConflictNamingTheDeadlineForAnEntryOnACarriedLineAfterIt() {
		on("2028-02-05");
		assertThat(confirm("215/QĐ-UBND", "20/02/2028")).hasStatus(HttpStatus.FOUND);
		on("2029-01-02");

		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"DTTS","component":"DA1","capitalType":"INVESTMENT",
					 "planYear":2028,"originYear":2027,"quarter":4,"amountVnd":1000000}
					""")).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.satisfies(body -> assertThat(body.getJson()).contains("\"deadline\":\"2028-12-31\"",
					"The deadline of this line carried over into 2028 ended on 31/12/2028"));
	}

	@Test
	@WithUserDetails("admin")
	void shouldSpeakEnglishInEnglish() {
		on("2028-02-05");

		assertThat(this.mvc.get().uri("/periods/carry-over?year=2027&orgUnit=HUA_BUM&lang=en")).hasStatusOk()
			.bodyText()
			.contains("Carrying the 2027 plan over into 2028", "Remainders of 2027", ">135.5<", "Carry over", "Lapse");
	}

	@Test
	@WithUserDetails("admin")
	void shouldLinkTheCarryOverFromThePeriodsPage() {
		assertThat(this.mvc.get().uri("/periods?year=2024")).hasStatusOk()
			.bodyText()
			.contains("href=\"/periods/carry-over?year=2024\"", "Chuyển nguồn và hủy dự toán vốn năm 2024");
	}

	@Test
	@WithUserDetails("editor")
	void shouldLeaveCarryOverToAdministrators() {
		on("2028-02-05");

		assertThat(this.mvc.get().uri("/periods/carry-over?year=2027&orgUnit=HUA_BUM")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(confirm("215/QĐ-UBND", "20/02/2028")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder confirm(String number, String date) {
		return this.mvc.post()
			.uri("/periods/2027/carry-over")
			.with(csrf())
			.param("orgUnit", "HUA_BUM")
			.param("decisionNumber", number)
			.param("decisionDate", date)
			.param("choices[" + this.investmentId + "]", "CARRIED_OVER");
	}

	private long allocate(PlanLineKey line, String amount) {
		return this.allocations
			.create(this.users.admin(),
					new DecisionCommand(line, null, "40/QĐ-UBND", LocalDate.of(2027, 2, 1), millions(amount), null))
			.getPlanLine()
			.getId();
	}

	private void disburse(PlanLineKey line, int quarter, String amount) {
		this.disbursements.set(this.users.admin(), line, quarter, EntryCommand.amount(millions(amount)));
	}

	private void on(String day) {
		this.clock.setToday(LocalDate.parse(day));
	}

}
