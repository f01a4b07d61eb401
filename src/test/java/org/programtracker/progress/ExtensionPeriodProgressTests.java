package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.DeadlineDecision;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's final figures: what a line of Hua Bum disbursed in January 2026 in the
 * extension period of the 2025 plan counts in 2025's final figures, with the plan as of
 * the deadline, never in the fourth quarter of 2025 nor in 2026. Written through the
 * audited services on the days the entries were made; every test rolls back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class ExtensionPeriodProgressTests {

	private static final PlanLineKey LINE_2025 = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null,
			2025, null);

	private static final PlanLineKey LINE_2026 = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null,
			2026, null);

	@Autowired
	private ProgressService progress;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private PlanYearService planYears;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@BeforeEach
	void recordTheYears() {
		on("2025-02-01");
		allocate(LINE_2025, "40/QĐ-UBND", "2025-02-01", 1_000);
		on("2025-06-10");
		disburse(LINE_2025, 2, 300);
		on("2025-12-15");
		disburse(LINE_2025, 4, 200);
		on("2026-01-10");
		allocate(LINE_2026, "12/QĐ-UBND", "2026-01-10", 800);
		on("2026-01-20");
		allocate(LINE_2025, "35/QĐ-UBND", "2026-01-20", 100);
		on("2026-01-25");
		disburse(LINE_2025, Quarter.EXTENSION, 450);
		on("2026-03-01");
		disburse(LINE_2026, 1, 120);
		allocate(LINE_2025, "210/QĐ-UBND", "2026-03-10", 50);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldCountTheExtensionPeriodInTheYearsFinalFiguresWithThePlanAsOfTheDeadline() {
		ProgressReport report = report(Quarter.extension(2025));

		assertThat(report.planAsOf()).isEqualTo(LocalDate.of(2026, 1, 31));
		assertThat(row(report).figures()).isEqualTo(new Figures(millions(1_100), millions(950)));
		assertThat(row(report).percentOfPlan())
			.isEqualTo(new PercentOfPlan(ProgressStatus.IN_PROGRESS, new BigDecimal("86.4")));
	}

	@Test
	void shouldNotCountTheExtensionPeriodInTheFourthQuarter() {
		ProgressReport report = report(new Quarter(2025, 4));

		assertThat(report.planAsOf()).isEqualTo(LocalDate.of(2025, 12, 31));
		assertThat(row(report).figures()).isEqualTo(new Figures(millions(1_000), millions(500)));
		assertThat(row(report).percentOfPlan().value()).isEqualByComparingTo("50.0");
	}

	@Test
	void shouldNeverCountTheExtensionPeriodInTheNextYearsFigures() {
		assertThat(row(report(new Quarter(2026, 1))).figures()).isEqualTo(new Figures(millions(800), millions(120)));
		assertThat(row(report(new Quarter(2026, 4))).figures()).isEqualTo(new Figures(millions(800), millions(120)));
		assertThat(row(report(Quarter.extension(2026))).figures()).isEqualTo(new Figures(millions(800), millions(120)));
	}

	@Test
	void shouldCountTheDecisionsUpToADeadlineADecisionExtended() {
		on("2026-03-15");
		this.planYears.setDeadline(this.users.admin(), 2025,
				new DeadlineDecision(LocalDate.of(2026, 3, 31), "205/QĐ-UBND", LocalDate.of(2026, 1, 28), null));

		ProgressReport report = report(Quarter.extension(2025));

		assertThat(report.planAsOf()).isEqualTo(LocalDate.of(2026, 3, 31));
		assertThat(row(report).figures()).isEqualTo(new Figures(millions(1_150), millions(950)));
		assertThat(row(report).percentOfPlan().value()).isEqualByComparingTo("82.6");
		assertThat(row(report(new Quarter(2025, 4))).figures()).as("the fourth quarter does not move")
			.isEqualTo(new Figures(millions(1_000), millions(500)));
	}

	@Test
	void shouldGiveTheSameFinalFiguresByComponentAndByPlanLine() {
		assertThat(this.progress.byComponent(OrgUnitScope.EVERYTHING, "HUA_BUM", "DTTS", null, Quarter.extension(2025))
			.rows()
			.stream()
			.filter(row -> "DA1".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow()
			.figures()).isEqualTo(new Figures(millions(1_100), millions(950)));
		assertThat(this.progress.planLines(OrgUnitScope.EVERYTHING, "HUA_BUM", "DTTS", "DA1", Quarter.extension(2025)))
			.singleElement()
			.satisfies(line -> assertThat(line.figures()).isEqualTo(new Figures(millions(1_100), millions(950))));
	}

	private ProgressReport report(Quarter quarter) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, "HUA_BUM", quarter);
	}

	private static ProgressRow row(ProgressReport report) {
		return report.rows()
			.stream()
			.filter(row -> row.code().equals("DTTS") && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow();
	}

	private void on(String day) {
		this.clock.setToday(LocalDate.parse(day));
	}

	private void allocate(PlanLineKey line, String number, String date, long millions) {
		this.allocations.create(this.users.editor(),
				new DecisionCommand(line, null, number, LocalDate.parse(date), millions(millions), null));
	}

	private void disburse(PlanLineKey line, int quarter, long millions) {
		this.disbursements.set(this.users.editor(), line, quarter, EntryCommand.amount(millions(millions)));
	}

	private static BigDecimal millions(long millions) {
		return Money.fromMillions(BigDecimal.valueOf(millions));
	}

}
