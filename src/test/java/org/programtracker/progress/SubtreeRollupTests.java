package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.allocation.AllocationService;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionCommand;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.kernel.Money;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.ReadModel;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reports of a subtree read its rollups ({@code subtree_figure}, V48, and
 * {@code reported_figure}, V53) when they hold for the report's day, and answer exactly
 * what the lines answer: the figures by program, by child unit and quarter by quarter,
 * and the lines needing attention in their order, for every unit, quarter and program of
 * the demo data. The lines are made to answer by marking the rollups out of date inside
 * the test's transaction, which is rolled back.
 */
@IntegrationTest
@Transactional
class SubtreeRollupTests {

	private static final List<String> UNITS = List.of("HUA_BUM", "NAM_HANG", "LE_LOI");

	@Autowired
	private ProgressService progress;

	@Autowired
	private AllocationService allocations;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldAnswerFromTheRollupsExactlyWhatTheLinesAnswer() {
		List<String> units = new ArrayList<>();
		units.add(null);
		units.add(this.jdbc.sql("select code from org_unit where kind = 'DISTRICT' order by id limit 1")
			.query(String.class)
			.single());
		units.addAll(UNITS);
		List<Object> fromRollups = new ArrayList<>();
		int held = 0;
		for (int year = 2021; year <= 2026; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				Quarter period = new Quarter(year, quarter);
				if (rollupsHold(period.endDate())) {
					held++;
				}
				for (String unit : units) {
					fromRollups.addAll(reports(unit, period));
				}
			}
		}
		assertThat(held).as("quarters whose reports the rollups answer").isGreaterThan(20);

		this.jdbc.sql("update subtree_figure_state set stale = true").update();
		assertThat(rollupsHold(LocalDate.of(2026, 12, 31))).as("rollups marked out of date").isFalse();
		List<Object> fromLines = new ArrayList<>();
		for (int year = 2021; year <= 2026; year++) {
			for (int quarter = 1; quarter <= 4; quarter++) {
				for (String unit : units) {
					fromLines.addAll(reports(unit, new Quarter(year, quarter)));
				}
			}
		}
		assertThat(fromRollups).hasSize(fromLines.size());
		for (int i = 0; i < fromLines.size(); i++) {
			assertThat(fromRollups.get(i)).as("report %d", i).usingRecursiveComparison().isEqualTo(fromLines.get(i));
		}
	}

	@Test
	void shouldReadTheWholeTreeFromTheRollupsWhereTheyHold() {
		Quarter quarter = new Quarter(2024, 2);
		assertThat(rollupsHold(quarter.endDate())).isTrue();
		String root = this.jdbc.sql("select path from org_unit where parent_id is null order by id limit 1")
			.query(String.class)
			.single();
		BigDecimal before = totalPlan(quarter);
		// a row of differences that no line explains: only a report that reads the
		// rollups counts it
		this.jdbc.sql("""
				insert into subtree_figure_change
				select subtree_path, parent_path, program_id, component_id, capital_type, funding_source, carried_over,
				       plan_year, period, 1000000, 0, 0
				from subtree_figure where subtree_path = :root and plan_year = 2024 and period = 2 and not carried_over
				order by program_id, component_id, capital_type, funding_source limit 1
				""").param("root", root).update();

		assertThat(totalPlan(quarter).subtract(before)).isEqualByComparingTo("1000000");
	}

	@Test
	void shouldFoldTheDifferencesOfWritesIntoTheRollupsAndStayExact() {
		Quarter quarter = new Quarter(2024, 2);
		BigDecimal before = totalPlan(quarter);
		this.jdbc.sql("select subtree_figure_compact()").query(Integer.class).single();
		PlanLineKey key = new PlanLineKey("HUA_BUM", "DTTS", "DA1", CapitalType.INVESTMENT, null, 2024, null);
		this.allocations.create(this.users.admin(), new DecisionCommand(key, null, "31/QĐ-UBND",
				LocalDate.of(2024, 4, 2), Money.fromMillions(new BigDecimal("123.456789")), null));
		assertThat(changeRows()).as("rows of differences the decision added").isPositive();
		assertThat(totalPlan(quarter).subtract(before)).isEqualByComparingTo("123456789");
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();

		int folded = this.jdbc.sql("select subtree_figure_compact()").query(Integer.class).single();

		assertThat(folded).isPositive();
		assertThat(changeRows()).isZero();
		assertThat(totalPlan(quarter).subtract(before)).isEqualByComparingTo("123456789");
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();
	}

	private List<Object> reports(String unit, Quarter quarter) {
		List<Object> reports = new ArrayList<>();
		reports.add(this.progress.byProgram(OrgUnitScope.EVERYTHING, unit, quarter));
		reports.add(this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, unit, null, null, quarter));
		reports.add(this.progress.byOrgUnit(OrgUnitScope.EVERYTHING, unit, "DTTS", "DA1", quarter));
		reports.add(this.progress.cumulativeByProgram(OrgUnitScope.EVERYTHING, unit, quarter));
		// every line in each list, and the dashboard's first five of the larger ones
		reports.add(this.progress.linesNeedingAttention(OrgUnitScope.EVERYTHING, unit, quarter,
				new AttentionRule(BigDecimal.ZERO, 1000, quarter.startDate(), 400, new BigDecimal("100"))));
		reports.add(this.progress.linesNeedingAttention(OrgUnitScope.EVERYTHING, unit, quarter,
				new AttentionRule(new BigDecimal("100000000"), 5, quarter.endDate(), 90, new BigDecimal("50"))));
		return reports;
	}

	private BigDecimal totalPlan(Quarter quarter) {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, null, quarter)
			.rows()
			.stream()
			.map((row) -> row.figures().planVnd())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private boolean rollupsHold(LocalDate day) {
		return this.jdbc.sql("select subtree_figures_hold(:day)").param("day", day).query(Boolean.class).single();
	}

	private long changeRows() {
		return this.jdbc.sql("select count(*) from subtree_figure_change").query(Long.class).single();
	}

}
