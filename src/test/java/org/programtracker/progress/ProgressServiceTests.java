package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.disbursement.internal.Disbursement;
import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.program.ComponentKind;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramComponent;
import org.programtracker.program.internal.ProgramComponentRepository;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The number rules of DESIGN.md on a real PostgreSQL, each on a small district of its own
 * in a year the demo data does not use. Every test rolls back.
 */
@IntegrationTest
@Transactional
class ProgressServiceTests {

	private static final int YEAR = 2031;

	@Autowired
	private ProgressService progress;

	@Autowired
	private OrgUnitRepository orgUnits;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private ProgramComponentRepository components;

	@Autowired
	private PlanLineRepository planLines;

	@Autowired
	private AllocationRepository allocations;

	@Autowired
	private DisbursementRepository disbursements;

	private OrgUnit district;

	private OrgUnit communeA;

	private OrgUnit communeB;

	private Program program;

	private ProgramComponent project;

	private ProgramComponent subProject;

	@BeforeEach
	void createDistrict() {
		this.district = this.orgUnits.save(new OrgUnit("T_DISTRICT", "Test district", OrgUnitKind.DISTRICT, null));
		this.communeA = this.orgUnits.save(new OrgUnit("T_COMMUNE_A", "Commune A", OrgUnitKind.COMMUNE, this.district));
		this.communeB = this.orgUnits.save(new OrgUnit("T_COMMUNE_B", "Commune B", OrgUnitKind.COMMUNE, this.district));
		this.program = this.programs.save(new Program("TPROG", "Chương trình thử", "Test program"));
		this.project = this.components
			.save(new ProgramComponent(this.program, null, "P1", ComponentKind.PROJECT, "Dự án 1", "Project 1"));
		this.subProject = this.components.save(new ProgramComponent(this.program, this.project, "P1.1",
				ComponentKind.SUB_PROJECT, "Tiểu dự án", "Sub"));
	}

	@Test
	void shouldCountOnlyDecisionsDatedUpToTheQuarterEnd() {
		PlanLine line = line(this.communeA, null, CapitalType.INVESTMENT, YEAR);
		allocate(line, AllocationKind.ALLOCATION, "2031-01-10", 2_487);
		allocate(line, AllocationKind.ALLOCATION, "2031-03-31", 13);
		allocate(line, AllocationKind.ALLOCATION, "2031-04-01", 500);
		disburse(line, 1, 780);

		ProgressRow row = programRow(new Quarter(YEAR, 1), CapitalType.INVESTMENT);

		assertThat(row.figures().planVnd()).isEqualByComparingTo(millions(2_500));
		assertThat(programRow(new Quarter(YEAR, 2), CapitalType.INVESTMENT).figures().planVnd())
			.isEqualByComparingTo(millions(3_000));
	}

	@Test
	void shouldShowNotAllocatedForAQuarterBeforeAnyDecision() {
		PlanLine line = line(this.communeA, null, CapitalType.RECURRENT, YEAR);
		allocate(line, AllocationKind.ALLOCATION, "2031-05-20", 1_000);

		ProgressRow row = programRow(new Quarter(YEAR, 1), CapitalType.RECURRENT);

		assertThat(row.percentOfPlan()).isEqualTo(new PercentOfPlan(ProgressStatus.NOT_ALLOCATED, null));
		assertThat(programRow(new Quarter(YEAR, 2), CapitalType.RECURRENT).percentOfPlan().status())
			.isEqualTo(ProgressStatus.NOT_STARTED);
	}

	@Test
	void shouldShowNotAllocatedWhenANegativeAdjustmentBringsThePlanToZero() {
		PlanLine line = line(this.communeA, null, CapitalType.INVESTMENT, YEAR);
		allocate(line, AllocationKind.ALLOCATION, "2031-01-10", 1_200);
		allocate(line, AllocationKind.ADJUSTMENT, "2031-02-15", -1_200);

		ProgressRow row = programRow(new Quarter(YEAR, 1), CapitalType.INVESTMENT);

		assertThat(row.figures().planVnd()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(row.percentOfPlan().status()).isEqualTo(ProgressStatus.NOT_ALLOCATED);
		assertThat(row.percentOfPlan().value()).isNull();
	}

	@Test
	void shouldSumTheEntriesOfQuartersOneToQ() {
		PlanLine line = line(this.communeA, null, CapitalType.INVESTMENT, YEAR);
		allocate(line, AllocationKind.ALLOCATION, "2031-01-10", 1_000);
		disburse(line, 1, 100);
		disburse(line, 2, 250);
		disburse(line, 4, 400);

		assertThat(programRow(new Quarter(YEAR, 1), CapitalType.INVESTMENT).figures().disbursedVnd())
			.isEqualByComparingTo(millions(100));
		assertThat(programRow(new Quarter(YEAR, 3), CapitalType.INVESTMENT).figures().disbursedVnd())
			.isEqualByComparingTo(millions(350));
		ProgressRow yearEnd = programRow(new Quarter(YEAR, 4), CapitalType.INVESTMENT);
		assertThat(yearEnd.figures().disbursedVnd()).isEqualByComparingTo(millions(750));
		assertThat(yearEnd.percentOfPlan().value()).isEqualByComparingTo("75.0");
	}

	@Test
	void shouldReachCompletedAndOverPlanFromTheExactAmounts() {
		PlanLine exact = line(this.communeA, null, CapitalType.INVESTMENT, YEAR);
		allocate(exact, AllocationKind.ALLOCATION, "2031-01-10", 1_000);
		disburse(exact, 1, 1_000);
		PlanLine over = line(this.communeA, null, CapitalType.RECURRENT, YEAR);
		allocate(over, AllocationKind.ALLOCATION, "2031-01-10", 1_000);
		disburse(over, 1, 1_032);

		Quarter quarter = new Quarter(YEAR, 1);
		assertThat(programRow(quarter, CapitalType.INVESTMENT).percentOfPlan())
			.isEqualTo(new PercentOfPlan(ProgressStatus.COMPLETED, new BigDecimal("100.0")));
		assertThat(programRow(quarter, CapitalType.RECURRENT).percentOfPlan())
			.isEqualTo(new PercentOfPlan(ProgressStatus.OVER_PLAN, new BigDecimal("103.2")));
	}

	@Test
	void shouldKeepCarriedOverCapitalOnItsOwnLines() {
		PlanLine year = line(this.communeA, null, CapitalType.RECURRENT, YEAR);
		allocate(year, AllocationKind.ALLOCATION, "2031-01-10", 1_282);
		PlanLine carried = line(this.communeA, null, CapitalType.RECURRENT, YEAR - 1);
		allocate(carried, AllocationKind.ALLOCATION, "2031-01-03", 85);
		disburse(carried, 1, 40);

		ProgressReport report = report(new Quarter(YEAR, 1));

		ProgressRow yearRow = row(report.rows().stream().filter(r -> "TPROG".equals(r.code())).toList(),
				CapitalType.RECURRENT);
		assertThat(yearRow.figures()).isEqualTo(new Figures(millions(1_282), BigDecimal.ZERO));
		assertThat(yearRow.percentOfPlan().status()).isEqualTo(ProgressStatus.NOT_STARTED);
		assertThat(report.carriedOver()).filteredOn(r -> "TPROG".equals(r.code())).singleElement().satisfies(row -> {
			assertThat(row.capitalType()).isEqualTo(CapitalType.RECURRENT);
			assertThat(row.figures()).isEqualTo(new Figures(millions(85), millions(40)));
			assertThat(row.percentOfPlan().value()).isEqualByComparingTo("47.1");
		});
	}

	@Test
	void shouldComputeTheDistrictTotalFromItsCommunesSummedAmounts() {
		PlanLine a = line(this.communeA, null, CapitalType.INVESTMENT, YEAR);
		allocate(a, AllocationKind.ALLOCATION, "2031-01-10", 3);
		disburse(a, 1, 1);
		PlanLine b = line(this.communeB, null, CapitalType.INVESTMENT, YEAR);
		allocate(b, AllocationKind.ALLOCATION, "2031-01-10", 100);
		disburse(b, 1, 90);

		Quarter quarter = new Quarter(YEAR, 1);
		ProgressRow districtRow = programRow(quarter, CapitalType.INVESTMENT);
		ProgressRow communeRow = row(this.progress.byProgram(OrgUnitScope.EVERYTHING, "T_COMMUNE_A", quarter)
			.rows()
			.stream()
			.filter(r -> "TPROG".equals(r.code()))
			.toList(), CapitalType.INVESTMENT);

		assertThat(districtRow.figures()).isEqualTo(new Figures(millions(103), millions(91)));
		assertThat(districtRow.percentOfPlan().value()).isEqualByComparingTo("88.3");
		assertThat(communeRow.percentOfPlan().value()).isEqualByComparingTo("33.3");
	}

	@Test
	void shouldListEveryActiveProgramAndCapitalTypeEvenWithoutAllocations() {
		Program fresh = this.programs.save(new Program("TFRESH", "Chương trình mới", "New program"));
		Program archived = new Program("TOLD", "Chương trình cũ", "Old program");
		archived.archive();
		this.programs.save(archived);

		ProgressReport report = report(new Quarter(YEAR, 1));

		assertThat(report.rows()).filteredOn(row -> fresh.getCode().equals(row.code()))
			.extracting(ProgressRow::capitalType, row -> row.percentOfPlan().status())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(CapitalType.INVESTMENT, ProgressStatus.NOT_ALLOCATED),
					org.assertj.core.groups.Tuple.tuple(CapitalType.RECURRENT, ProgressStatus.NOT_ALLOCATED));
		assertThat(report.rows()).noneMatch(row -> "TOLD".equals(row.code()));
	}

	@Test
	void shouldRollSubProjectsUpIntoTheirProjectAndKeepUndividedCapitalApart() {
		PlanLine sub = line(this.communeA, this.subProject, CapitalType.INVESTMENT, YEAR);
		allocate(sub, AllocationKind.ALLOCATION, "2031-01-10", 600);
		disburse(sub, 1, 150);
		PlanLine onProject = line(this.communeB, this.project, CapitalType.INVESTMENT, YEAR);
		allocate(onProject, AllocationKind.ALLOCATION, "2031-01-10", 400);
		disburse(onProject, 1, 50);
		PlanLine whole = line(this.communeB, null, CapitalType.INVESTMENT, YEAR);
		allocate(whole, AllocationKind.ALLOCATION, "2031-01-10", 100);

		Quarter quarter = new Quarter(YEAR, 1);
		ProgressReport top = this.progress.byComponent(OrgUnitScope.EVERYTHING, "T_DISTRICT", "TPROG", null, quarter);
		ProgressReport inProject = this.progress.byComponent(OrgUnitScope.EVERYTHING, "T_DISTRICT", "TPROG", "P1",
				quarter);

		assertThat(
				row(top.rows().stream().filter(r -> "P1".equals(r.code())).toList(), CapitalType.INVESTMENT).figures())
			.isEqualTo(new Figures(millions(1_000), millions(200)));
		assertThat(row(top.rows().stream().filter(r -> r.code() == null).toList(), CapitalType.INVESTMENT).figures())
			.isEqualTo(new Figures(millions(100), BigDecimal.ZERO));
		assertThat(top.total()).isEqualTo(programRow(quarter, CapitalType.INVESTMENT).figures()
			.plus(programRow(quarter, CapitalType.RECURRENT).figures()));
		assertThat(row(inProject.rows().stream().filter(r -> "P1.1".equals(r.code())).toList(), CapitalType.INVESTMENT)
			.figures()).isEqualTo(new Figures(millions(600), millions(150)));
		assertThat(
				row(inProject.rows().stream().filter(r -> r.code() == null).toList(), CapitalType.INVESTMENT).figures())
			.isEqualTo(new Figures(millions(400), millions(50)));
		assertThat(inProject.level().componentName().en()).isEqualTo("Project 1");
	}

	@Test
	void shouldNotFindAUnitOutsideTheCallersScope() {
		OrgUnitScope communeScope = OrgUnitScope.under(this.communeA.view());
		Quarter quarter = new Quarter(YEAR, 1);

		assertThatThrownBy(() -> this.progress.byProgram(communeScope, "T_COMMUNE_B", quarter))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.progress.byProgram(communeScope, "T_DISTRICT", quarter))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.progress.byProgram(communeScope, null, quarter).orgUnitCode()).isEqualTo("T_COMMUNE_A");
	}

	@Test
	void shouldNotConfuseAnUnderscoreInACodeWithAWildcard() {
		OrgUnit lookalike = this.orgUnits.save(new OrgUnit("TXDISTRICT", "Lookalike", OrgUnitKind.DISTRICT, null));
		PlanLine line = line(lookalike, null, CapitalType.INVESTMENT, YEAR);
		allocate(line, AllocationKind.ALLOCATION, "2031-01-10", 999);

		assertThat(programRow(new Quarter(YEAR, 1), CapitalType.INVESTMENT).figures().planVnd())
			.isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void shouldListOnlyProgramsRunningInTheYearButKeepCapitalCarriedOverFromOneThatEnded() {
		Program ended = new Program("TENDED", "Chương trình đã kết thúc", "Ended program");
		ended.setYears(2026, YEAR - 1);
		this.programs.save(ended);
		Program later = new Program("TLATER", "Chương trình sau", "Later program");
		later.setYears(YEAR + 1, null);
		this.programs.save(later);
		PlanLine carried = this.planLines.save(new PlanLine(this.communeA.getId(), ended.getId(), null,
				CapitalType.INVESTMENT, FundingSource.CENTRAL, YEAR, YEAR - 1));
		allocate(carried, AllocationKind.ALLOCATION, "2031-01-15", 400);
		disburse(carried, 1, 100);

		ProgressReport report = report(new Quarter(YEAR, 1));
		ProgressReport lastYear = report(new Quarter(YEAR - 1, 4));

		assertThat(report.rows()).extracting(ProgressRow::code).doesNotContain("TENDED", "TLATER").contains("TPROG");
		assertThat(report.carriedOver()).filteredOn(row -> "TENDED".equals(row.code()))
			.singleElement()
			.satisfies(row -> assertThat(row.figures()).isEqualTo(new Figures(millions(400), millions(100))));
		assertThat(lastYear.rows()).extracting(ProgressRow::code).contains("TENDED").doesNotContain("TLATER");
	}

	private ProgressReport report(Quarter quarter) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, "T_DISTRICT", quarter);
	}

	private ProgressRow programRow(Quarter quarter, CapitalType type) {
		return row(report(quarter).rows().stream().filter(r -> "TPROG".equals(r.code())).toList(), type);
	}

	private static ProgressRow row(List<ProgressRow> rows, CapitalType type) {
		return rows.stream().filter(r -> r.capitalType() == type).findFirst().orElseThrow();
	}

	private PlanLine line(OrgUnit unit, ProgramComponent component, CapitalType type, int originYear) {
		return this.planLines.save(new PlanLine(unit.getId(), this.program.getId(),
				(component == null) ? null : component.getId(), type, FundingSource.CENTRAL, YEAR, originYear));
	}

	private void allocate(PlanLine line, AllocationKind kind, String date, long millions) {
		this.allocations.save(new Allocation(line, kind, "1/QĐ-TEST", LocalDate.parse(date), millions(millions)));
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
