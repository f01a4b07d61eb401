package org.programtracker.reorganisation;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.carryover.CarryOverService;
import org.programtracker.disbursement.DisbursementService;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramService;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgramSeries;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.ProgressService;
import org.programtracker.progress.UnitProgress;
import org.programtracker.security.internal.AppUserRepository;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.ReadModel;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo after 1 July 2025, loaded on top of the seed district (and rolled back): the
 * seed report does not move, the province consolidates the new communes, a new commune
 * carries the history of the communes it came from, people follow the change.
 */
@IntegrationTest
@Transactional
class ReorganisationDemoDataTests {

	private static final Quarter SEED = new Quarter(2024, 1);

	private static final Quarter Q2 = new Quarter(2025, 2);

	private static final Quarter Q3 = new Quarter(2025, 3);

	@Autowired
	private ReorganisationService reorganisations;

	@Autowired
	private OrgUnitService units;

	@Autowired
	private ProgramService programs;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private DisbursementService entries;

	@Autowired
	private CarryOverService carryOver;

	@Autowired
	private ProgressService progress;

	@Autowired
	private AppUserRepository accounts;

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

	@Test
	void shouldKeepEverySeedFigureAndConsolidateTheNewCommunesInTheProvince() {
		ProgressReport seedBefore = this.progress.byProgram(OrgUnitScope.EVERYTHING, null, SEED);
		List<UnitProgress> seedUnitsBefore = this.progress
			.byOrgUnit(OrgUnitScope.EVERYTHING, "NAM_NHUN", null, null, SEED)
			.units();

		load();

		ProgressReport seedAfter = this.progress.byProgram(OrgUnitScope.EVERYTHING, null, SEED);
		assertThat(seedAfter.orgUnitCode()).isEqualTo("NAM_NHUN");
		assertThat(seedAfter.rows()).isEqualTo(seedBefore.rows());
		assertThat(seedAfter.carriedOver()).isEqualTo(seedBefore.carriedOver());
		assertThat(this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "NAM_NHUN", null, null, SEED).units())
			.isEqualTo(seedUnitsBefore);

		assertThat(total("NAM_NHUN", Q2)).isEqualTo(figures(11_900, 4_305));
		ProgressReport province = this.progress.byProgram(OrgUnitScope.EVERYTHING, null, Q3);
		assertThat(province.orgUnitCode()).isEqualTo("LAI_CHAU");
		assertThat(total("LAI_CHAU", Q3)).isEqualTo(figures(11_800, 7_265));
		assertThat(withAssigned("LAI_CHAU", Q3).assignedVnd())
			.isEqualByComparingTo(withAssigned("NAM_NHUN", Q2).assignedVnd())
			.isEqualByComparingTo(millions(147_770));
		assertThat(this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, "LAI_CHAU", null, null, Q3).units())
			.extracting(UnitProgress::code)
			.containsExactly("SNNMT", "LC_HUA_BUM", "LC_LE_LOI", "LC_MUONG_MO", "LC_NAM_HANG");
	}

	@Test
	void shouldGiveANewCommuneTheHistoryOfTheCommunesItCameFrom() {
		load();

		assertThat(total("LC_HUA_BUM", Q3)).isEqualTo(figures(2_850, 1_595));
		Figures predecessorsQ2 = Stream.of("HUA_BUM", "NAM_BAN", "TRUNG_CHAI")
			.map(code -> total(code, Q2))
			.reduce(Figures.ZERO, Figures::plus);
		assertThat(predecessorsQ2).isEqualTo(figures(2_750, 955));

		List<ProgramSeries> lastYear = this.progress.cumulativeByProgram(OrgUnitScope.EVERYTHING, "LC_HUA_BUM",
				new Quarter(2024, 3), Q3);
		Figures predecessors2024 = Stream.of("HUA_BUM", "NAM_BAN", "TRUNG_CHAI")
			.flatMap(code -> this.progress.cumulativeByProgram(OrgUnitScope.EVERYTHING, code, new Quarter(2024, 3))
				.stream()
				.filter(series -> series.code() == null))
			.map(ProgramSeries::latest)
			.reduce(Figures.ZERO, Figures::plus);
		assertThat(lastYear.get(lastYear.size() - 1).latest()).isEqualTo(predecessors2024);
		assertThat(predecessors2024.planVnd().signum()).isPositive();
	}

	@Test
	void shouldFollowTheChangeWithPeopleProgramsAndTheMergedProgramOf2026() {
		load();

		assertThat(this.accounts.findByUsername("viewer").orElseThrow().getOrgUnitId())
			.isEqualTo(this.units.findByCode("LAI_CHAU").orElseThrow().id());
		assertThat(this.accounts.findByUsername("editor").orElseThrow().getOrgUnitId())
			.isEqualTo(this.units.findByCode("LC_HUA_BUM").orElseThrow().id());
		OrgUnitScope viewer = OrgUnitScope.under(this.units.findByCode("LAI_CHAU").orElseThrow());
		assertThat(this.progress.byProgram(viewer, null, SEED).orgUnitCode()).isEqualTo("NAM_NHUN");
		assertThat(this.programs.findByCode("NTM").orElseThrow().standingAgencyId())
			.isEqualTo(this.units.findByCode("SNNMT").orElseThrow().id());

		ProgressReport year2026 = this.progress.byProgram(OrgUnitScope.EVERYTHING, null, new Quarter(2026, 3));
		assertThat(year2026.rows()).extracting(ProgressRow::code).containsOnly("MTQG");
		assertThat(year2026.carriedOver()).extracting(ProgressRow::code).contains("NTM", "GNBV", "DTTS");
		assertThat(total("LAI_CHAU", new Quarter(2026, 3))).isEqualTo(figures(13_680, 6_484));
	}

	private void load() {
		new ReorganisationDemoData(this.reorganisations, this.units, this.programs, this.allocations, this.entries,
				this.carryOver)
			.load();
	}

	/**
	 * Plan and disbursed of every row of the year (the assigned base apart).
	 */
	private Figures total(String unit, Quarter quarter) {
		Figures all = withAssigned(unit, quarter);
		return new Figures(all.planVnd(), all.disbursedVnd());
	}

	private Figures withAssigned(String unit, Quarter quarter) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, unit, quarter)
			.rows()
			.stream()
			.map(ProgressRow::figures)
			.reduce(Figures.ZERO, Figures::plus);
	}

	private static Figures figures(long planMillions, long disbursedMillions) {
		return new Figures(millions(planMillions), millions(disbursedMillions));
	}

	private static BigDecimal millions(long millions) {
		return BigDecimal.valueOf(millions).multiply(BigDecimal.valueOf(1_000_000));
	}

}
