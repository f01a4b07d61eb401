package org.programtracker.reorganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.administration.OrgUnitAdministration;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.directive.DirectiveService;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.disbursement.EntryCommand;
import org.programtracker.disbursement.internal.Disbursement;
import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.kernel.UnitNotInPeriodException;
import org.programtracker.kernel.UnitSucceededException;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.progress.Figures;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.ProgramSeries;
import org.programtracker.progress.ProgressService;
import org.programtracker.report.QuarterlySummaryService;
import org.programtracker.progress.UnitBreakdown;
import org.programtracker.progress.UnitProgress;
import org.programtracker.reorganisation.ReorganisationPreview.UserScope;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Role;
import org.programtracker.security.internal.AppUser;
import org.programtracker.security.internal.AppUserRepository;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.ReadModel;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The reorganisation of DESIGN.md ("Org units and programs change over time") on a real
 * PostgreSQL: a province with a district of three communes; on 1 July 2025 communes A and
 * B merge into a new commune C under the province, the district is abolished, and reports
 * before and after the date are compared with the figures they must keep.
 */
@IntegrationTest
@Transactional
class ReorganisationTests {

	private static final int YEAR = 2025;

	private static final LocalDate JULY_FIRST = LocalDate.of(YEAR, 7, 1);

	private static final Quarter Q2 = new Quarter(YEAR, 2);

	private static final Quarter Q3 = new Quarter(YEAR, 3);

	@Autowired
	private ReorganisationService reorganisations;

	@Autowired
	private OrgUnitAdministration administration;

	@Autowired
	private ProgressService progress;

	@Autowired
	private DisbursementService entries;

	@Autowired
	private DirectiveService directives;

	@Autowired
	private PeriodService periods;

	@Autowired
	private OrgUnitRepository orgUnits;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private PlanLineRepository planLines;

	@Autowired
	private AllocationRepository allocations;

	@Autowired
	private DisbursementRepository disbursements;

	@Autowired
	private AppUserRepository accounts;

	@Autowired
	private Users users;

	@Autowired
	private QuarterlySummaryService summaries;

	private AppUserPrincipal admin;

	private OrgUnit province;

	private OrgUnit district;

	private OrgUnit communeA;

	private OrgUnit communeB;

	private OrgUnit communeX;

	private Program program;

	private PlanLine lineA;

	private PlanLine lineB;

	@Autowired
	private JdbcClient readModelJdbc;

	/**
	 * The read model and its rollups by subtree after the test's reorganisations, inside
	 * its transaction: a holding passed on or a unit moved moves the figures from the
	 * subtrees they were in to those they are in now, and no figure is lost or counted
	 * twice.
	 */
	@AfterEach
	void shouldLeaveTheReadModelAndItsRollupsExact() {
		assertThat(ReadModel.mismatches(this.readModelJdbc)).as("the read model after the reorganisations").isEmpty();
	}

	@BeforeEach
	void createTheTreeBeforeTheReorganisation() {
		this.admin = this.users.admin();
		this.province = this.orgUnits.save(new OrgUnit("R_PROV", "Tỉnh thử", OrgUnitKind.UNIT, null));
		this.district = this.orgUnits.save(new OrgUnit("R_DIST", "Huyện thử", OrgUnitKind.DISTRICT, this.province));
		this.communeA = this.orgUnits.save(new OrgUnit("R_A", "Xã A", OrgUnitKind.COMMUNE, this.district));
		this.communeB = this.orgUnits.save(new OrgUnit("R_B", "Xã B", OrgUnitKind.COMMUNE, this.district));
		this.communeX = this.orgUnits.save(new OrgUnit("R_X", "Xã X", OrgUnitKind.COMMUNE, this.district));
		this.program = this.programs.save(new Program("RPROG", "Chương trình thử", "Test program"));

		this.lineA = line(this.communeA, CapitalType.INVESTMENT, YEAR);
		allocate(this.lineA, "2025-01-10", 1_000);
		disburse(this.lineA, 1, 100);
		disburse(this.lineA, 2, 200);
		this.lineB = line(this.communeB, CapitalType.INVESTMENT, YEAR);
		allocate(this.lineB, "2025-01-15", 2_000);
		disburse(this.lineB, 1, 300);
		PlanLine lineX = line(this.communeX, CapitalType.INVESTMENT, YEAR);
		allocate(lineX, "2025-02-01", 500);
		disburse(lineX, 2, 50);
	}

	@Test
	void shouldMergeTwoCommunesIntoANewOneWithoutMovingAnyFigureOfTheQuartersBefore() {
		Figures provinceQ2Before = total("R_PROV", Q2);
		Figures districtQ2Before = total("R_DIST", Q2);

		mergeAAndBIntoNewCommuneC();

		assertThat(total("R_PROV", Q2)).isEqualTo(provinceQ2Before);
		assertThat(total("R_DIST", Q2)).isEqualTo(districtQ2Before);
		assertThat(total("R_DIST", Q2)).isEqualTo(figures(3_500, 650));
		assertThat(total("R_A", Q2)).isEqualTo(figures(1_000, 300));
		assertThat(childrenOf("R_DIST", Q2)).containsExactly("R_A", "R_B", "R_X");
		assertThatThrownBy(() -> total("R_C", Q2)).isInstanceOfSatisfying(UnitNotInPeriodException.class,
				gone -> assertThat(gone.getSuccessorCode()).isNull());
	}

	@Test
	void shouldCountTheCapitalAssignedToAMergedCommuneInItsSuccessorsSubtreesAfterTheMerger() {
		assign(this.communeA, null, "2025-01-05", 1_200);
		assign(this.communeA, this.province, "2025-01-20", 300);
		assign(this.communeB, this.district, "2025-02-03", 400);

		mergeAAndBIntoNewCommuneC();

		assertThat(total("R_A", Q2).assignedVnd()).as("A before the merger").isEqualTo(millions(1_500));
		assertThat(total("R_DIST", Q2).assignedVnd()).as("the district before the merger: not its own grant to B")
			.isEqualTo(millions(1_500));
		assertThat(total("R_C", Q3).assignedVnd()).as("C after the merger: what A and B received from outside C")
			.isEqualTo(millions(1_900));
		assertThat(total("R_PROV", Q3).assignedVnd()).as("the province: only what came from outside the tree")
			.isEqualTo(millions(1_200));
		assertThat(this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "R_PROV", "RPROG", null, Q3)
			.units()
			.stream()
			.filter(row -> row.code().equals("R_C"))
			.map(row -> row.total().assignedVnd())
			.toList()).as("C's row in the province's breakdown").containsExactly(millions(1_900));
	}

	@Test
	void shouldGiveTheSuccessorThePredecessorsCumulativeFiguresAsOneLinePerKey() {
		mergeAAndBIntoNewCommuneC();
		PlanLine lineC = this.planLines.findAll()
			.stream()
			.filter(line -> this.orgUnits.findById(line.getOrgUnitId()).orElseThrow().getCode().equals("R_C"))
			.findFirst()
			.orElseThrow();

		this.entries.set(this.admin, lineC.getId(), 3, EntryCommand.amount(millions(500)));

		assertThat(total("R_C", Q3)).isEqualTo(figures(3_000, 1_100));
		assertThat(this.progress.planLines(OrgUnitScope.EVERYTHING, "R_C", null, null, Q3)).singleElement()
			.satisfies(line -> {
				assertThat(line.id()).isEqualTo(lineC.getId());
				assertThat(line.figures()).isEqualTo(figures(3_000, 1_100));
			});
		assertThat(total("R_PROV", Q3)).isEqualTo(figures(3_500, 1_150));
		assertThat(childrenOf("R_PROV", Q3)).containsExactly("R_DIST", "R_C");
		assertThat(childrenOf("R_DIST", Q3)).containsExactly("R_X");
		assertThat(this.progress.planLines(OrgUnitScope.EVERYTHING, "R_DIST", null, null, Q2))
			.extracting(PlanLineProgress::unitCode)
			.containsExactly("R_A", "R_B", "R_X");
	}

	@Test
	void shouldAnswerAReportOfAMergedUnitAfterTheMergerNotFoundNamingItsSuccessor() {
		mergeAAndBIntoNewCommuneC();

		assertThatThrownBy(() -> total("R_A", Q3)).isInstanceOfSatisfying(UnitNotInPeriodException.class, gone -> {
			assertThat(gone.getSuccessorCode()).isEqualTo("R_C");
			assertThat(gone.getDay()).isEqualTo(LocalDate.of(YEAR, 9, 30));
		});
	}

	@Test
	void shouldRefuseAWriteForAMergedUnitNamingItsSuccessorAndOneBeforeANewUnitExisted() {
		mergeAAndBIntoNewCommuneC();
		PlanLine lineC = this.planLines.findAll()
			.stream()
			.filter(line -> this.orgUnits.findById(line.getOrgUnitId()).orElseThrow().getCode().equals("R_C"))
			.findFirst()
			.orElseThrow();

		assertThatThrownBy(() -> this.entries.set(this.admin, this.lineA.getId(), 3, EntryCommand.amount(millions(1))))
			.isInstanceOfSatisfying(UnitSucceededException.class,
					refused -> assertThat(refused.getSuccessorCode()).isEqualTo("R_C"));
		assertThatThrownBy(() -> this.entries.set(this.admin, lineC.getId(), 2, EntryCommand.amount(millions(1))))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.getMessageKey()).isEqualTo("orgUnit.notYetOpen"));
	}

	@Test
	void shouldLetTheQuarterBeforeTheMergerBeCompletedAndCountItInTheSuccessor() {
		mergeAAndBIntoNewCommuneC();

		this.entries.set(this.admin, this.lineA.getId(), 2, EntryCommand.amount(millions(250)));

		assertThat(total("R_A", Q2)).isEqualTo(figures(1_000, 350));
		assertThat(total("R_C", Q3)).isEqualTo(figures(3_000, 650));
	}

	@Test
	void shouldShowTheSuccessorsUsersTheHistoryOfTheUnitsItCameFrom() {
		mergeAAndBIntoNewCommuneC();
		OrgUnit communeC = this.orgUnits.findByCode("R_C").orElseThrow();
		OrgUnitScope ofC = OrgUnitScope.under(communeC.view());

		assertThat(this.progress.byProgram(ofC, "R_A", Q2).orgUnitCode()).isEqualTo("R_A");
		assertThat(total("R_A", Q2)).isEqualTo(figures(1_000, 300));
		assertThat(this.progress.byProgram(ofC, null, Q3).orgUnitCode()).isEqualTo("R_C");
		assertThatThrownBy(() -> this.progress.byProgram(ofC, null, Q2)).isInstanceOf(UnitNotInPeriodException.class);
	}

	@Test
	void shouldAbolishADistrictByMovingItsCommunesAndMergingIntoTheProvince() {
		PlanLine districtLine = line(this.district, CapitalType.RECURRENT, YEAR);
		allocate(districtLine, "2025-03-01", 400);
		disburse(districtLine, 2, 40);
		mergeAAndBIntoNewCommuneC();
		Figures provinceQ3Before = total("R_PROV", Q3);

		ReorganisationResult result = this.reorganisations.apply(this.admin,
				request(ReorganisationKind.MERGE, "R_DIST", "R_PROV", "1670/NQ-UBTVQH15"));

		assertThat(result.unitsMoved()).containsExactly("R_X");
		assertThat(result.linesPassed()).isEqualTo(1);
		assertThat(total("R_PROV", Q3)).isEqualTo(provinceQ3Before);
		assertThat(childrenOf("R_PROV", Q3)).containsExactly("R_PROV", "R_C", "R_X");
		assertThat(childrenOf("R_PROV", Q2)).containsExactly("R_DIST");
		assertThat(total("R_DIST", Q2)).isEqualTo(figures(3_900, 690));
		assertThat(this.orgUnits.findByCode("R_DIST").orElseThrow().getValidTo()).isEqualTo(JULY_FIRST);
	}

	@Test
	void shouldSplitAUnitsLinesAmongSeveralSuccessors() {
		PlanLine recurrentA = line(this.communeA, CapitalType.RECURRENT, YEAR);
		allocate(recurrentA, "2025-01-20", 80);
		disburse(recurrentA, 1, 8);
		createNewCommuneC();

		ReorganisationResult result = this.reorganisations.apply(this.admin,
				new ReorganisationRequest(ReorganisationKind.SPLIT, "R_A", "R_C", JULY_FIRST, "2/NQ",
						Map.of(this.lineA.getId(), "R_C", recurrentA.getId(), "R_X"), Set.of()));

		assertThat(result.linesPassed()).isEqualTo(2);
		assertThat(total("R_C", Q3)).isEqualTo(figures(1_000, 300));
		assertThat(this.progress.byProgram(OrgUnitScope.EVERYTHING, "R_X", Q3).rows())
			.filteredOn(row -> row.capitalType() == CapitalType.RECURRENT && "RPROG".equals(row.code()))
			.singleElement()
			.satisfies(row -> assertThat(row.figures()).isEqualTo(figures(80, 8)));
		assertThat(total("R_A", Q2)).isEqualTo(figures(1_080, 308));
	}

	@Test
	void shouldMoveAUnitWithItsSubtreeFromItsEffectiveDateOnly() {
		this.reorganisations.apply(this.admin, request(ReorganisationKind.MOVE, "R_X", "R_PROV", null));

		assertThat(childrenOf("R_DIST", Q2)).containsExactly("R_A", "R_B", "R_X");
		assertThat(childrenOf("R_DIST", Q3)).containsExactly("R_A", "R_B");
		assertThat(childrenOf("R_PROV", Q3)).containsExactly("R_DIST", "R_X");
		assertThat(total("R_DIST", Q2)).isEqualTo(figures(3_500, 650));
		assertThat(total("R_DIST", Q3)).isEqualTo(figures(3_000, 600));
		assertThat(total("R_PROV", Q3)).isEqualTo(figures(3_500, 650));
	}

	@Test
	void shouldCompareASuccessorWithTheSumOfItsPredecessorsLastYear() {
		PlanLine lastYearA = line(this.communeA, CapitalType.INVESTMENT, YEAR - 1);
		allocate(lastYearA, "2024-01-10", 900);
		disburse(lastYearA, 3, 400);
		PlanLine lastYearB = line(this.communeB, CapitalType.INVESTMENT, YEAR - 1);
		allocate(lastYearB, "2024-02-10", 600);
		disburse(lastYearB, 2, 150);
		mergeAAndBIntoNewCommuneC();

		List<ProgramSeries> lastYear = this.progress.cumulativeByProgram(OrgUnitScope.EVERYTHING, "R_C",
				new Quarter(YEAR - 1, 3), Q3);

		assertThat(lastYear).filteredOn(series -> "RPROG".equals(series.code()))
			.singleElement()
			.satisfies(series -> assertThat(series.latest()).isEqualTo(figures(1_500, 550)));
		assertThatThrownBy(
				() -> this.progress.cumulativeByProgram(OrgUnitScope.EVERYTHING, "R_C", new Quarter(YEAR - 1, 3)))
			.isInstanceOf(UnitNotInPeriodException.class);
		LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
		try {
			assertThat(this.summaries.summary(this.users.admin(), "R_C", Q3, Locale.forLanguageTag("vi")).yearOnYear())
				.as("the printed summary compares the same way: 550 / 1,500 then, 600 / 3,000 now")
				.isEqualTo("Cùng kỳ năm 2024 (hết quý 3/2024), vốn năm giải ngân 550 triệu đồng, đạt 36,7% kế hoạch; "
						+ "năm 2025 đạt 20,0% (600 triệu đồng).");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void shouldGiveTheUsersOfAMergedUnitTheSuccessorsScopeUnlessTheAdministratorKeepsIt() {
		AppUser editorA = this.accounts
			.save(new AppUser("r_editor_a", "x", "Kế toán xã A", Role.EDITOR, this.communeA.getId()));
		AppUser viewerA = this.accounts
			.save(new AppUser("r_viewer_a", "x", "Chủ tịch xã A", Role.VIEWER, this.communeA.getId()));
		createNewCommuneC();
		ReorganisationRequest merge = new ReorganisationRequest(ReorganisationKind.MERGE, "R_A", "R_C", JULY_FIRST,
				"1/NQ", null, Set.of(viewerA.getId()));

		ReorganisationPreview preview = this.reorganisations.preview(this.admin, merge);
		ReorganisationResult result = this.reorganisations.apply(this.admin, merge);

		assertThat(preview.users()).extracting(UserScope::username, UserScope::proposedCode)
			.containsExactly(tuple("r_editor_a", "R_C"), tuple("r_viewer_a", null));
		assertThat(result.usersRescoped()).containsExactly("r_editor_a");
		assertThat(this.accounts.findById(editorA.getId()).orElseThrow().getOrgUnitId())
			.isEqualTo(this.orgUnits.findByCode("R_C").orElseThrow().getId());
		assertThat(this.accounts.findById(viewerA.getId()).orElseThrow().getOrgUnitId())
			.isEqualTo(this.communeA.getId());
	}

	@Test
	void shouldPreviewTheLinesUnitsAndScopesOfAMergerWithoutChangingAnything() {
		createNewCommuneC();
		ReorganisationRequest merge = request(ReorganisationKind.MERGE, "R_A", "R_C", "1/NQ");

		ReorganisationPreview preview = this.reorganisations.preview(this.admin, merge);

		assertThat(preview.lines()).singleElement().satisfies(line -> {
			assertThat(line.toCode()).isEqualTo("R_C");
			assertThat(line.joins()).isFalse();
		});
		assertThat(total("R_A", Q3)).isEqualTo(figures(1_000, 300));
	}

	@Test
	void shouldRefuseToCloseAUnitThatStillHoldsLinesAndAReorganisationInAClosedQuarter() {
		assertThatThrownBy(
				() -> this.reorganisations.apply(this.admin, request(ReorganisationKind.CLOSE, "R_A", null, null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					refused -> assertThat(refused.getMessageKey()).isEqualTo("reorganisation.notPassedOn"));

		this.periods.close(this.admin, Q3);
		createNewCommuneC();

		assertThatThrownBy(
				() -> this.reorganisations.apply(this.admin, request(ReorganisationKind.MERGE, "R_A", "R_C", "1/NQ")))
			.isInstanceOf(ClosedPeriodException.class);
	}

	@Test
	void shouldRefuseAReorganisationDatedBeforeALaterOneOfTheSameUnit() {
		this.reorganisations.apply(this.admin, request(ReorganisationKind.MOVE, "R_X", "R_PROV", null));

		assertThatThrownBy(() -> this.reorganisations.apply(this.admin,
				new ReorganisationRequest(ReorganisationKind.MOVE, "R_X", "R_DIST", JULY_FIRST.minusMonths(1), null,
						null, null)))
			.isInstanceOfSatisfying(StateConflictException.class,
					refused -> assertThat(refused.getMessageKey()).isEqualTo("reorganisation.laterChange"));
	}

	private void mergeAAndBIntoNewCommuneC() {
		createNewCommuneC();
		this.reorganisations.apply(this.admin, request(ReorganisationKind.MERGE, "R_A", "R_C", "1/NQ"));
		this.reorganisations.apply(this.admin, request(ReorganisationKind.MERGE, "R_B", "R_C", "1/NQ"));
	}

	private void createNewCommuneC() {
		this.administration.create(this.admin, "R_C", "Xã C (mới)", OrgUnitKind.COMMUNE, "R_PROV", JULY_FIRST);
	}

	private static ReorganisationRequest request(ReorganisationKind kind, String unit, String target, String decision) {
		return new ReorganisationRequest(kind, unit, target, JULY_FIRST, decision, null, null);
	}

	private Figures total(String unit, Quarter quarter) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, unit, quarter)
			.rows()
			.stream()
			.filter(row -> "RPROG".equals(row.code()))
			.map(row -> row.figures())
			.reduce(Figures.ZERO, Figures::plus);
	}

	private List<String> childrenOf(String unit, Quarter quarter) {
		UnitBreakdown breakdown = this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, unit, "RPROG", null, quarter);
		return breakdown.units()
			.stream()
			.filter(row -> row.total().planVnd().signum() != 0 || !row.heldByParent())
			.map(UnitProgress::code)
			.toList();
	}

	private static Figures figures(long planMillions, long disbursedMillions) {
		return new Figures(millions(planMillions), millions(disbursedMillions));
	}

	private PlanLine line(OrgUnit unit, CapitalType type, int year) {
		return this.planLines
			.save(new PlanLine(unit.getId(), this.program.getId(), null, type, FundingSource.CENTRAL, year, year));
	}

	private void allocate(PlanLine line, String date, long millions) {
		this.allocations.save(new Allocation(line, AllocationKind.ALLOCATION, "2/QĐ-TEST", LocalDate.parse(date),
				millions(millions)));
	}

	/**
	 * An assignment of 2025 to {@code unit} from {@code from} (from outside the tree when
	 * {@code null}), written as a row: the read model of the capital assigned follows it.
	 */
	private void assign(OrgUnit unit, OrgUnit from, String date, long millions) {
		this.readModelJdbc.sql("""
				insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, funding_source, plan_year,
				                        origin_year, decision_number, decision_date, amount_vnd)
				values (?, ?, ?, 'INVESTMENT', 'CENTRAL', 2025, 2025, '3/QĐ-TEST', ?, ?)
				""")
			.params(unit.getId(), (from == null) ? null : from.getId(), this.program.getId(), LocalDate.parse(date),
					millions(millions))
			.update();
	}

	private void disburse(PlanLine line, int quarter, long millions) {
		Disbursement entry = new Disbursement(line.getId(), quarter);
		entry.record(millions(millions), BigDecimal.ZERO, BigDecimal.ZERO);
		this.disbursements.save(entry);
	}

	private static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
