package org.programtracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.carryover.CarriedLine;
import org.programtracker.carryover.CarryOverDecision;
import org.programtracker.carryover.CarryOverService;
import org.programtracker.carryover.YearEndOutcomeKind;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Needs attention" lists carried-over lines close to their own deadline (60 days by
 * default) that have disbursed less than 80% of their plan, with the days left: Hua Bum's
 * 135,5 million carried from 2027 into 2028, of which 50 million is disbursed (36,9%), on
 * 15 November 2028 (46 days before 31 December).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class CarriedLineAttentionTests {

	private static final PlanLineKey SOURCE = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null,
			2027, null);

	private static final PlanLineKey CARRIED = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null,
			2028, 2027);

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private CarryOverService carryOver;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@Autowired
	private MockMvcTester mvc;

	private long carriedId;

	@BeforeEach
	void carry135MillionInto2028AndDisburse50() {
		on("2027-02-01");
		long source = this.allocations
			.create(this.users.admin(),
					new DecisionCommand(SOURCE, null, "40/QĐ-UBND", LocalDate.of(2027, 2, 1), millions("1000"), null))
			.getPlanLine()
			.getId();
		on("2027-12-15");
		disburse(SOURCE, 4, "864.5");
		on("2028-02-05");
		CarriedLine carried = this.carryOver
			.confirm(this.users.admin(), 2027, "HUA_BUM",
					new CarryOverDecision("215/QĐ-UBND", LocalDate.of(2028, 2, 20), null,
							Map.of(source, YearEndOutcomeKind.CARRIED_OVER)))
			.get(0);
		this.carriedId = carried.id();
		on("2028-10-20");
		disburse(CARRIED, 4, "50");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldListACarriedLineCloseToItsDeadlineWithALowPercentAndTheDaysLeft() {
		on("2028-11-15");

		Attention attention = this.dashboard.overview(OrgUnitScope.EVERYTHING, "HUA_BUM", new Quarter(2028, 4))
			.attention();

		assertThat(attention.carriedLinesDue().items()).singleElement().satisfies(due -> {
			assertThat(due.line().id()).isEqualTo(this.carriedId);
			assertThat(due.deadline()).isEqualTo(LocalDate.of(2028, 12, 31));
			assertThat(due.daysLeft()).isEqualTo(46);
			assertThat(due.line().percentOfPlan().value()).isEqualByComparingTo("36.9");
		});
	}

	@Test
	void shouldLeaveOutALineFarFromItsDeadlineAPassedDeadlineOrAHighPercent() {
		on("2028-10-31");
		assertThat(carriedDue()).as("61 days left").isEmpty();
		on("2028-11-01");
		assertThat(carriedDue()).as("60 days left").hasSize(1);
		on("2029-01-01");
		assertThat(carriedDue()).as("the deadline has passed").isEmpty();
		on("2028-12-01");
		disburse(CARRIED, 4, "108.5");
		assertThat(carriedDue()).as("80,1%").isEmpty();
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowItOnTheDashboard() {
		on("2028-11-15");

		assertThat(this.mvc.get().uri("/dashboard?year=2028&quarter=4&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Vốn kéo dài sắp hết thời hạn", "còn 46 ngày (đến ngày 31/12/2028)");
	}

	private java.util.List<Attention.CarriedLineDue> carriedDue() {
		return this.dashboard.overview(OrgUnitScope.EVERYTHING, "HUA_BUM", new Quarter(2028, 4))
			.attention()
			.carriedLinesDue()
			.items();
	}

	private void disburse(PlanLineKey line, int quarter, String amount) {
		this.disbursements.set(this.users.admin(), line, quarter, EntryCommand.amount(millions(amount)));
	}

	private void on(String day) {
		this.clock.setToday(LocalDate.parse(day));
	}

	private static BigDecimal millions(String millions) {
		return Money.fromMillions(new BigDecimal(millions));
	}

}
