package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.LapsedCapital;
import org.programtracker.progress.ProgressService;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Carry-over and lapse of the 2027 plan of Hua Bum, a year the demo leaves empty: a line
 * planned 1.000 million that disbursed 864,5 in the full year (364,5 of it in the
 * extension period of January 2028) carries exactly 135,5 into 2028; a recurrent line
 * planned 200 that disbursed 150 lapses 50; a line disbursed in full is no candidate.
 * Written through the audited services on the days the entries were made; every test
 * rolls back.
 */
@IntegrationTest
@Import(SettableClock.Configuration.class)
@Transactional
class CarryOverServiceTests {

	static final PlanLineKey INVESTMENT = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null, 2027,
			null);

	static final PlanLineKey RECURRENT = new PlanLineKey("HUA_BUM", "NTM", "ND03", CapitalType.RECURRENT, null, 2027,
			null);

	static final PlanLineKey DISBURSED_IN_FULL = new PlanLineKey("HUA_BUM", "GNBV", "DA1", CapitalType.INVESTMENT, null,
			2027, null);

	static final PlanLineKey CARRIED = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null, 2028,
			2027);

	static final String DECISION = "215/QĐ-UBND";

	static final LocalDate DECISION_DATE = LocalDate.of(2028, 2, 20);

	@Autowired
	private CarryOverService carryOver;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService disbursements;

	@Autowired
	private PlanLineService planLines;

	@Autowired
	private ProgressService progress;

	@Autowired
	private LapsedCapital lapsed;

	@Autowired
	private Users users;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcClient jdbc;

	private long investmentId;

	private long recurrentId;

	@BeforeEach
	void recordThe2027Plan() {
		on("2027-02-01");
		this.investmentId = allocate(INVESTMENT, "40/QĐ-UBND", "2027-02-01", "1000").getPlanLine().getId();
		this.recurrentId = allocate(RECURRENT, "41/QĐ-UBND", "2027-02-01", "200").getPlanLine().getId();
		allocate(DISBURSED_IN_FULL, "42/QĐ-UBND", "2027-02-01", "100");
		on("2027-06-10");
		disburse(INVESTMENT, 2, "300");
		disburse(DISBURSED_IN_FULL, 2, "100");
		on("2027-09-10");
		disburse(RECURRENT, 3, "150");
		on("2027-12-15");
		disburse(INVESTMENT, 4, "200");
		on("2028-01-25");
		disburse(INVESTMENT, Quarter.EXTENSION, "364.5");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void shouldReviewEachLinesExactRemainderAfterTheDeadline() {
		on("2028-02-05");

		CarryOverReview review = this.carryOver.review(this.users.admin(), 2027, "HUA_BUM");

		assertThat(review.open()).isTrue();
		assertThat(review.carriedDeadline()).isEqualTo(LocalDate.of(2028, 12, 31));
		assertThat(review.candidates()).extracting(Remainder::lineId)
			.containsExactlyInAnyOrder(this.investmentId, this.recurrentId);
		Remainder investment = line(review, this.investmentId);
		assertThat(investment.planVnd()).isEqualTo(millions("1000"));
		assertThat(investment.disbursedVnd()).isEqualTo(millions("864.5"));
		assertThat(investment.remainderVnd()).isEqualTo(new BigDecimal("135500000"));
		assertThat(line(review, this.recurrentId).remainderVnd()).isEqualTo(millions("50"));
		assertThat(review.undecidedVnd()).isEqualTo(millions("185.5"));
	}

	@Test
	void shouldCarryOverExactlyTheRemainderOntoALineOfTheNextYearAndRecordWhatLapsed() {
		on("2028-02-05");

		List<CarriedLine> carried = this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
				new CarryOverDecision(DECISION, DECISION_DATE, null, Map.of(this.investmentId,
						YearEndOutcomeKind.CARRIED_OVER, this.recurrentId, YearEndOutcomeKind.LAPSED)));

		assertThat(carried).singleElement().satisfies(line -> {
			assertThat(line.orgUnit()).isEqualTo("HUA_BUM");
			assertThat(line.program()).isEqualTo("DTTS");
			assertThat(line.component()).isEqualTo("DA1");
			assertThat(line.capitalType()).isEqualTo(CapitalType.INVESTMENT);
			assertThat(line.fundingSource()).isEqualTo(FundingSource.CENTRAL);
			assertThat(line.planYear()).isEqualTo(2028);
			assertThat(line.originYear()).isEqualTo(2027);
			assertThat(line.planVnd()).isEqualByComparingTo("135500000");
			assertThat(line.deadline()).isEqualTo(LocalDate.of(2028, 12, 31));
			assertThat(line.carriedFromId()).isEqualTo(this.investmentId);
		});
		PlanLineView line = this.planLines.visibleLine(OrgUnitScope.EVERYTHING, carried.get(0).id());
		assertThat(line.carriedOver()).isTrue();
		assertThat(line.carriedFromId()).isEqualTo(this.investmentId);
		assertThat(this.planLines.figuresOf(line, LocalDate.of(2028, 3, 31), 1).planVnd())
			.isEqualByComparingTo("135500000");
		assertThat(this.progress.planLines(OrgUnitScope.EVERYTHING, "HUA_BUM", "DTTS", "DA1", new Quarter(2028, 1)))
			.filteredOn(row -> row.id() == line.id())
			.singleElement()
			.satisfies(row -> {
				assertThat(row.carriedOver()).isTrue();
				assertThat(row.figures()).isEqualTo(new Figures(new BigDecimal("135500000"), BigDecimal.ZERO));
			});
		CarryOverReview review = this.carryOver.review(this.users.admin(), 2027, "HUA_BUM");
		assertThat(review.candidates()).isEmpty();
		assertThat(line(review, this.investmentId).outcome()).isEqualTo(YearEndOutcomeKind.CARRIED_OVER);
		assertThat(line(review, this.investmentId).carriedLineId()).isEqualTo(line.id());
		assertThat(line(review, this.recurrentId).outcome()).isEqualTo(YearEndOutcomeKind.LAPSED);
		assertThat(review.decidedVnd(YearEndOutcomeKind.LAPSED)).isEqualTo(millions("50"));
		assertThat(review.decidedVnd(YearEndOutcomeKind.CARRIED_OVER)).isEqualTo(new BigDecimal("135500000"));
		assertThat(this.lapsed.lapsedVnd(OrgUnitScope.EVERYTHING, "HUA_BUM", 2027, null))
			.isEqualByComparingTo("50000000");
		assertThat(this.lapsed.lapsedVnd(OrgUnitScope.EVERYTHING, "HUA_BUM", 2027, FundingSource.LOCAL)).isZero();
	}

	@Test
	void shouldAuditEveryOutcomeAndTheDecisionOnTheCarriedLine() {
		on("2028-02-05");

		CarriedLine carried = this.carryOver
			.confirm(this.users.admin(), 2027, "HUA_BUM", CarryOverDecision.carryingEverything(DECISION, DECISION_DATE))
			.stream()
			.filter(line -> line.carriedFromId() == this.investmentId)
			.findFirst()
			.orElseThrow();

		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where subject = 'YEAR_END_OUTCOME' and plan_line_id in (:ids)")
			.param("ids", List.of(this.investmentId, this.recurrentId))
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThat(this.jdbc.sql(
				"select new_value ->> 'amountVnd' from audit_entry where subject = 'ALLOCATION' and plan_line_id = :id")
			.param("id", carried.id())
			.query(String.class)
			.single()).isEqualTo("135500000");
	}

	@Test
	void shouldRefuseToCarryOverBeforeTheDeadlineHasPassed() {
		on("2028-01-31");

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
					CarryOverDecision.carryingEverything(DECISION, DECISION_DATE)))
			.satisfies(ex -> {
				assertThat(ex.getMessageKey()).isEqualTo("carryOver.notOpen");
				assertThat(ex.getMessageArguments(LocalDate::toString)).containsExactly(2027, "2028-01-31");
			});
		assertThat(this.carryOver.review(this.users.admin(), 2027, "HUA_BUM").open()).isFalse();
	}

	@Test
	void shouldRefuseToDecideTheSameLinesASecondTime() {
		on("2028-02-05");
		this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
				CarryOverDecision.carryingEverything(DECISION, DECISION_DATE));

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
					CarryOverDecision.carryingEverything("216/QĐ-UBND", DECISION_DATE)))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("carryOver.allDecided"));
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
					new CarryOverDecision("216/QĐ-UBND", DECISION_DATE, null,
							Map.of(this.recurrentId, YearEndOutcomeKind.LAPSED))))
			.satisfies(ex -> assertThat(ex.getMessageKey()).isEqualTo("carryOver.lineDecided"));
		assertThat(this.jdbc.sql("select count(*) from year_end_outcome where plan_line_id = :id")
			.param("id", this.recurrentId)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void shouldAddTheRemainderToALineWithTheSameKeyEnteredByHandAndLinkIt() {
		on("2028-02-01");
		long handEntered = allocate(CARRIED, "12/QĐ-UBND", "2028-02-01", "20").getPlanLine().getId();
		on("2028-02-05");
		assertThat(line(this.carryOver.review(this.users.admin(), 2027, "HUA_BUM"), this.investmentId))
			.satisfies(line -> {
				assertThat(line.existingLineId()).isEqualTo(handEntered);
				assertThat(line.existingPlanVnd()).isEqualTo(millions("20"));
			});

		List<CarriedLine> carried = this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM", new CarryOverDecision(
				DECISION, DECISION_DATE, null, Map.of(this.investmentId, YearEndOutcomeKind.CARRIED_OVER)));

		assertThat(carried).singleElement().satisfies(line -> {
			assertThat(line.id()).isEqualTo(handEntered);
			assertThat(line.planVnd()).isEqualByComparingTo("155500000");
			assertThat(line.carriedFromId()).isEqualTo(this.investmentId);
			assertThat(line.deadline()).isEqualTo(LocalDate.of(2028, 12, 31));
		});
		assertThat(this.jdbc.sql("select count(*) from plan_line where plan_year = 2028 and origin_year = 2027")
			.query(Long.class)
			.single()).as("the carried capital is on one line").isEqualTo(1);
	}

	@Test
	void shouldGiveTheCarriedLinesTheDeadlineTheDecisionSets() {
		on("2028-02-05");

		List<CarriedLine> carried = this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM",
				new CarryOverDecision(DECISION, DECISION_DATE, LocalDate.of(2029, 3, 31),
						Map.of(this.investmentId, YearEndOutcomeKind.CARRIED_OVER)));

		assertThat(carried).singleElement()
			.satisfies(line -> assertThat(line.deadline()).isEqualTo(LocalDate.of(2029, 3, 31)));
		assertThat(this.carryOver.problemsOf(2027,
				new CarryOverDecision(DECISION, DECISION_DATE, LocalDate.of(2030, 1, 1), null)))
			.singleElement()
			.satisfies(problem -> assertThat(problem.field()).isEqualTo("carriedDeadline"));
	}

	@Test
	void shouldRefuseWritesToACarriedLineAfterItsOwnDeadline() {
		on("2028-02-05");
		this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM", new CarryOverDecision(DECISION, DECISION_DATE, null,
				Map.of(this.investmentId, YearEndOutcomeKind.CARRIED_OVER)));
		on("2028-12-31");
		disburse(CARRIED, 4, "100");

		on("2029-01-02");
		assertThatExceptionOfType(CarriedLineClosedException.class).isThrownBy(() -> disburse(CARRIED, 4, "120"))
			.satisfies(ex -> {
				assertThat(ex.getDeadline()).isEqualTo(LocalDate.of(2028, 12, 31));
				assertThat(ex.getMessageKey()).isEqualTo("carryOver.line.deadlinePassed");
			});
		on("2029-01-10");
		assertThatExceptionOfType(CarriedLineClosedException.class)
			.as("no extension period: its deadline is 31 December")
			.isThrownBy(() -> disburse(CARRIED, Quarter.EXTENSION, "10"));
		assertThatExceptionOfType(CarriedLineClosedException.class)
			.isThrownBy(() -> allocate(CARRIED, "7/QĐ-UBND", "2029-01-10", "5"));
	}

	@Test
	void shouldLetACarriedLineWhoseDeadlineADecisionExtendedTakeTheExtensionPeriod() {
		on("2028-02-05");
		this.carryOver.confirm(this.users.admin(), 2027, "HUA_BUM", new CarryOverDecision(DECISION, DECISION_DATE,
				LocalDate.of(2029, 1, 31), Map.of(this.investmentId, YearEndOutcomeKind.CARRIED_OVER)));

		on("2029-01-10");
		disburse(CARRIED, Quarter.EXTENSION, "10");

		assertThat(this.progress.planLines(OrgUnitScope.EVERYTHING, "HUA_BUM", "DTTS", "DA1", Quarter.extension(2028)))
			.filteredOn(row -> row.carriedOver())
			.singleElement()
			.satisfies(row -> assertThat(row.figures().disbursedVnd()).isEqualTo(millions("10")));
	}

	@Test
	void shouldLetOnlyAnAdministratorDecide() {
		on("2028-02-05");

		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.carryOver.confirm(this.users.editor(), 2027, "HUA_BUM",
					CarryOverDecision.carryingEverything(DECISION, DECISION_DATE)));
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.carryOver.review(this.users.editor(), 2027, "HUA_BUM"));
	}

	static Remainder line(CarryOverReview review, long id) {
		return review.lines().stream().filter(line -> line.lineId() == id).findFirst().orElseThrow();
	}

	private org.programtracker.allocation.internal.Allocation allocate(PlanLineKey line, String number, String date,
			String millions) {
		return this.allocations.create(this.users.admin(),
				new DecisionCommand(line, null, number, LocalDate.parse(date), millions(millions), null));
	}

	private void disburse(PlanLineKey line, int quarter, String millions) {
		this.disbursements.set(this.users.admin(), line, quarter, EntryCommand.amount(millions(millions)));
	}

	private void on(String day) {
		this.clock.setToday(LocalDate.parse(day));
	}

	static BigDecimal millions(String millions) {
		return Money.fromMillions(new BigDecimal(millions));
	}

}
