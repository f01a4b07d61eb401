package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.disbursement.internal.Disbursement;
import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.period.Quarter;
import org.programtracker.program.ComponentKind;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramComponent;
import org.programtracker.program.internal.ProgramComponentRepository;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The second base of DESIGN.md ("Assigned capital and detailed allocation") on a real
 * PostgreSQL: a province, its district and two communes, with capital assigned at every
 * level. Assignments are written as raw rows: this is the read side's rule, whatever
 * service writes them.
 */
@IntegrationTest
@Transactional
class AssignedBaseTests {

	private static final int YEAR = 2032;

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

	@Autowired
	private JdbcClient jdbc;

	private OrgUnit province;

	private OrgUnit district;

	private OrgUnit communeA;

	private OrgUnit communeB;

	private Program program;

	private ProgramComponent project;

	@BeforeEach
	void createTreeWithAssignments() {
		this.province = this.orgUnits.save(new OrgUnit("A_PROVINCE", "Province", OrgUnitKind.UNIT, null));
		this.district = this.orgUnits.save(new OrgUnit("A_DISTRICT", "District", OrgUnitKind.DISTRICT, this.province));
		this.communeA = this.orgUnits.save(new OrgUnit("A_COMM_A", "Commune A", OrgUnitKind.COMMUNE, this.district));
		this.communeB = this.orgUnits.save(new OrgUnit("A_COMM_B", "Commune B", OrgUnitKind.COMMUNE, this.district));
		this.program = this.programs.save(new Program("APROG", "Chương trình thử", "Test program"));
		this.project = this.components
			.save(new ProgramComponent(this.program, null, "P1", ComponentKind.PROJECT, "Dự án 1", "Project 1"));

		assign(null, this.province, "2031-12-20", 10_000);
		assign(this.province, this.district, "2032-01-05", 6_000);
		assign(this.district, this.communeA, "2032-01-15", 2_000);
		assign(null, this.communeB, "2032-02-01", 500);
		assign(this.province, this.district, "2032-05-10", -1_000);

		PlanLine a = line(this.communeA, YEAR);
		allocate(a, "2032-01-20", 1_800);
		disburse(a, 125);
		PlanLine b = line(this.communeB, YEAR);
		allocate(b, "2032-02-10", 2_487);
		disburse(b, 780);
	}

	@Test
	void shouldCountAnAssignmentInsideTheReportedSubtreeOnceAtEveryLevel() {
		Quarter q1 = new Quarter(YEAR, 1);

		assertThat(programRow("A_PROVINCE", q1).figures().assignedVnd()).isEqualByComparingTo(millions(10_500));
		assertThat(programRow("A_DISTRICT", q1).figures().assignedVnd()).isEqualByComparingTo(millions(6_500));
		assertThat(programRow("A_COMM_A", q1).figures().assignedVnd()).isEqualByComparingTo(millions(2_000));
		assertThat(programRow("A_COMM_B", q1).figures().assignedVnd()).isEqualByComparingTo(millions(500));
	}

	@Test
	void shouldCountANegativeAssignmentAsOfItsDecisionDate() {
		assertThat(programRow("A_DISTRICT", new Quarter(YEAR, 1)).figures().assignedVnd())
			.isEqualByComparingTo(millions(6_500));
		assertThat(programRow("A_DISTRICT", new Quarter(YEAR, 2)).figures().assignedVnd())
			.isEqualByComparingTo(millions(5_500));
		assertThat(programRow("A_PROVINCE", new Quarter(YEAR, 2)).figures().assignedVnd())
			.isEqualByComparingTo(millions(10_500));
	}

	@Test
	void shouldCountNothingAssignedBeforeTheFirstDecision() {
		Figures figures = programRow("A_COMM_B", new Quarter(YEAR, 1)).figures();
		Figures beforeCommuneB = this.progress.byProgram(OrgUnitScope.EVERYTHING, "A_COMM_B", new Quarter(YEAR - 1, 4))
			.rows()
			.stream()
			.filter(row -> "APROG".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow()
			.figures();

		assertThat(figures.assignedVnd()).isEqualByComparingTo(millions(500));
		assertThat(beforeCommuneB.assignedVnd()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(beforeCommuneB.percentOfAssigned()).isEqualTo(new PercentOfPlan(ProgressStatus.NOT_ALLOCATED, null));
	}

	@Test
	void shouldComputeThePercentOfAssignedHalfUpAndTheRemainderNotYetAllocatedInDetail() {
		Figures district = programRow("A_DISTRICT", new Quarter(YEAR, 1)).figures();
		Figures communeA = programRow("A_COMM_A", new Quarter(YEAR, 1)).figures();

		assertThat(communeA.percentOfAssigned().value()).isEqualByComparingTo("6.3");
		assertThat(communeA.percentOfPlan().value()).isEqualByComparingTo("6.9");
		assertThat(communeA.notAllocatedInDetailVnd()).isEqualByComparingTo(millions(200));
		assertThat(district.disbursedVnd()).isEqualByComparingTo(millions(905));
		assertThat(district.percentOfAssigned().value()).isEqualByComparingTo("13.9");
		assertThat(district.percentOfPlan().value()).isEqualByComparingTo("21.1");
		assertThat(district.notAllocatedInDetailVnd()).isEqualByComparingTo(millions(2_213));
		assertThat(district.overAllocated()).isFalse();
	}

	@Test
	void shouldFlagAUnitThatAllocatedMoreThanItWasAssigned() {
		Figures communeB = programRow("A_COMM_B", new Quarter(YEAR, 1)).figures();

		assertThat(communeB.notAllocatedInDetailVnd()).isEqualByComparingTo(millions(-1_987));
		assertThat(communeB.overAllocated()).isTrue();
		assertThat(communeB.percentOfAssigned())
			.isEqualTo(new PercentOfPlan(ProgressStatus.OVER_PLAN, new BigDecimal("156.0")));
	}

	@Test
	void shouldGiveEachChildUnitWhatItsSubtreeReceivedAndTheTotalWhatTheUnitReceived() {
		UnitBreakdown byDistrict = this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "A_DISTRICT", null, null,
				new Quarter(YEAR, 1));
		UnitBreakdown byProvince = this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "A_PROVINCE", null, null,
				new Quarter(YEAR, 1));

		assertThat(byDistrict.assignedBase()).isTrue();
		assertThat(assignedOf(byDistrict, "A_COMM_A")).isEqualByComparingTo(millions(2_000));
		assertThat(assignedOf(byDistrict, "A_COMM_B")).isEqualByComparingTo(millions(500));
		assertThat(byDistrict.total().assignedVnd()).isEqualByComparingTo(millions(6_500));
		assertThat(byDistrict.total().planVnd()).isEqualByComparingTo(millions(4_287));
		assertThat(assignedOf(byProvince, "A_DISTRICT")).isEqualByComparingTo(millions(6_500));
		assertThat(byProvince.total().assignedVnd()).isEqualByComparingTo(millions(10_500));
	}

	@Test
	void shouldLeaveTheAssignedBaseOutOfComponentsSinceCapitalIsAssignedPerProgram() {
		ProgressReport byComponent = this.progress.byComponent(OrgUnitScope.EVERYTHING, "A_DISTRICT", "APROG", null,
				new Quarter(YEAR, 1));
		UnitBreakdown inProject = this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "A_DISTRICT", "APROG", "P1",
				new Quarter(YEAR, 1));

		assertThat(byComponent.assignedBase()).isFalse();
		assertThat(byComponent.total().assignedVnd()).isEqualByComparingTo(BigDecimal.ZERO);
		assertThat(inProject.assignedBase()).isFalse();
		assertThat(inProject.total().assignedVnd()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void shouldKeepCarriedOverAssignmentsApartFromTheYearsCapital() {
		insert(null, this.district, "2032-01-03", 300, YEAR - 1);

		ProgressReport report = this.progress.byProgram(OrgUnitScope.EVERYTHING, "A_DISTRICT", new Quarter(YEAR, 1));

		assertThat(report.carriedOver()).filteredOn(row -> "APROG".equals(row.code()))
			.singleElement()
			.satisfies(row -> assertThat(row.figures().assignedVnd()).isEqualByComparingTo(millions(300)));
		assertThat(programRow("A_DISTRICT", new Quarter(YEAR, 1)).figures().assignedVnd())
			.isEqualByComparingTo(millions(6_500));
	}

	@Test
	void shouldCountOnlyTheProgramsOfAProgramOfficersScope() {
		Program other = this.programs.save(new Program("AOTHER", "Khác", "Other"));
		OrgUnitScope onlyOther = OrgUnitScope.programs(Set.of(other.getId()));

		ProgressReport report = this.progress.byProgram(onlyOther, "A_PROVINCE", new Quarter(YEAR, 1));

		assertThat(report.rows()).extracting(ProgressRow::code).containsOnly("AOTHER");
		assertThat(report.total().assignedVnd()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void shouldShowTheCentralAndTheLocalBudgetApart() {
		PlanLine local = this.planLines.save(new PlanLine(this.communeA.getId(), this.program.getId(),
				this.project.getId(), CapitalType.INVESTMENT, FundingSource.LOCAL, YEAR, YEAR));
		allocate(local, "2032-01-25", 300);
		disburse(local, 30);
		this.jdbc.sql("update assignment set funding_source = 'LOCAL' where org_unit_id = :unit")
			.param("unit", this.communeB.getId())
			.update();
		Quarter q1 = new Quarter(YEAR, 1);

		Figures all = figures("A_DISTRICT", q1, null);
		Figures central = figures("A_DISTRICT", q1, FundingSource.CENTRAL);
		Figures fromLocal = figures("A_DISTRICT", q1, FundingSource.LOCAL);

		assertThat(all).isEqualTo(new Figures(millions(4_587), millions(935), millions(6_500)));
		assertThat(central).isEqualTo(new Figures(millions(4_287), millions(905), millions(6_000)));
		assertThat(fromLocal).isEqualTo(new Figures(millions(300), millions(30), millions(500)));
	}

	private Figures figures(String unit, Quarter quarter, FundingSource source) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, unit, quarter, source)
			.rows()
			.stream()
			.filter(row -> "APROG".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow()
			.figures();
	}

	private ProgressRow programRow(String unit, Quarter quarter) {
		List<ProgressRow> rows = this.progress.byProgram(OrgUnitScope.EVERYTHING, unit, quarter).rows();
		return rows.stream()
			.filter(row -> "APROG".equals(row.code()) && row.capitalType() == CapitalType.INVESTMENT)
			.findFirst()
			.orElseThrow();
	}

	private static BigDecimal assignedOf(UnitBreakdown breakdown, String code) {
		return breakdown.units()
			.stream()
			.filter(unit -> unit.code().equals(code))
			.findFirst()
			.orElseThrow()
			.total()
			.assignedVnd();
	}

	private void assign(OrgUnit from, OrgUnit to, String date, long millions) {
		insert(from, to, date, millions, YEAR);
	}

	private void insert(OrgUnit from, OrgUnit to, String date, long millions, int originYear) {
		this.jdbc.sql("""
				insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, plan_year, origin_year,
				                        decision_number, decision_date, amount_vnd)
				values (:to, :from, :program, 'INVESTMENT', :year, :origin, '1/QĐ-TEST', :date, :amount)
				""")
			.param("to", to.getId())
			.param("from", (from == null) ? null : from.getId())
			.param("program", this.program.getId())
			.param("year", YEAR)
			.param("origin", originYear)
			.param("date", LocalDate.parse(date))
			.param("amount", millions(millions))
			.update();
	}

	private PlanLine line(OrgUnit unit, int originYear) {
		return this.planLines.save(new PlanLine(unit.getId(), this.program.getId(), this.project.getId(),
				CapitalType.INVESTMENT, FundingSource.CENTRAL, YEAR, originYear));
	}

	private void allocate(PlanLine line, String date, long millions) {
		this.allocations.save(new Allocation(line, AllocationKind.ALLOCATION, "2/QĐ-TEST", LocalDate.parse(date),
				millions(millions)));
	}

	private void disburse(PlanLine line, long millions) {
		Disbursement entry = new Disbursement(line.getId(), 1);
		entry.record(millions(millions), BigDecimal.ZERO, BigDecimal.ZERO);
		this.disbursements.save(entry);
	}

	private static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
