package org.programtracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationKind;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.Allocation;
import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLineRepository;
import org.programtracker.dashboard.Attention.AllocationGap;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.period.Quarter;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * "Needs attention" lists the units whose detailed allocation departs from the capital
 * they were assigned: an over-allocation at once, a remainder not allocated in detail
 * once the first 90 days of the plan year are over.
 */
@IntegrationTest
@Transactional
class AllocationGapAttentionTests {

	private static final int YEAR = 2033;

	@Autowired
	private DashboardService dashboard;

	@Autowired
	private OrgUnitRepository orgUnits;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private PlanLineRepository planLines;

	@Autowired
	private AllocationRepository allocations;

	@Autowired
	private JdbcClient jdbc;

	private Program program;

	@BeforeEach
	void createDistrict() {
		OrgUnit district = this.orgUnits.save(new OrgUnit("G_DISTRICT", "District", OrgUnitKind.DISTRICT, null));
		OrgUnit communeA = this.orgUnits.save(new OrgUnit("G_COMM_A", "Commune A", OrgUnitKind.COMMUNE, district));
		OrgUnit communeB = this.orgUnits.save(new OrgUnit("G_COMM_B", "Commune B", OrgUnitKind.COMMUNE, district));
		this.program = this.programs.save(new Program("GPROG", "Chương trình thử", "Test program"));
		assign(null, district, 6_000);
		assign(district, communeA, 2_000);
		assign(null, communeB, 500);
		allocate(communeA, 1_800);
		allocate(communeB, 2_487);
	}

	@Test
	void shouldListAnOverAllocatedUnitAtOnce() {
		Attention attention = this.dashboard.overview(OrgUnitScope.EVERYTHING, "G_DISTRICT", new Quarter(YEAR, 1))
			.attention();

		assertThat(attention.allocationDue()).isEqualTo(LocalDate.of(YEAR, 3, 31));
		assertThat(attention.allocationGaps().items())
			.extracting(AllocationGap::code, AllocationGap::programCode, gap -> gap.figures().notAllocatedInDetailVnd())
			.containsExactly(tuple("G_COMM_B", null, millions(-1_987)));
	}

	@Test
	void shouldListWhatIsNotAllocatedInDetailOnceTheDaysForItAreOver() {
		Attention attention = this.dashboard.overview(OrgUnitScope.EVERYTHING, "G_DISTRICT", new Quarter(YEAR, 2))
			.attention();

		assertThat(attention.allocationGaps().items())
			.extracting(AllocationGap::code, AllocationGap::programCode, AllocationGap::capitalType,
					gap -> gap.figures().notAllocatedInDetailVnd())
			.containsExactly(tuple("G_DISTRICT", "GPROG", CapitalType.INVESTMENT, millions(2_213)),
					tuple("G_COMM_B", null, CapitalType.INVESTMENT, millions(-1_987)),
					tuple("G_COMM_A", null, CapitalType.INVESTMENT, millions(200)));
	}

	private void assign(OrgUnit from, OrgUnit to, long millions) {
		this.jdbc.sql("""
				insert into assignment (org_unit_id, from_unit_id, program_id, capital_type, plan_year, origin_year,
				                        decision_number, decision_date, amount_vnd)
				values (:to, :from, :program, 'INVESTMENT', :year, :year, '1/QĐ-TEST', :date, :amount)
				""")
			.param("to", to.getId())
			.param("from", (from == null) ? null : from.getId())
			.param("program", this.program.getId())
			.param("year", YEAR)
			.param("date", LocalDate.of(YEAR, 1, 5))
			.param("amount", millions(millions))
			.update();
	}

	private void allocate(OrgUnit unit, long millions) {
		PlanLine line = this.planLines.save(new PlanLine(unit.getId(), this.program.getId(), null,
				CapitalType.INVESTMENT, FundingSource.CENTRAL, YEAR, YEAR));
		this.allocations.save(new Allocation(line, AllocationKind.ALLOCATION, "2/QĐ-TEST", LocalDate.of(YEAR, 1, 20),
				millions(millions)));
	}

	private static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
