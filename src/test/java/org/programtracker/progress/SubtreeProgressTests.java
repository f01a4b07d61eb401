package org.programtracker.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's report by program and breakdown by unit, read together with the capital
 * assigned read once, are exactly the two reports read one by one: for every unit,
 * quarter and plan year of the demo data, for the whole scope and for a program
 * officer's.
 */
@IntegrationTest
class SubtreeProgressTests {

	@Autowired
	private ProgressService progress;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldReadTheReportByProgramAndTheBreakdownByUnitTogetherAsEachAlone() {
		List<String> units = new ArrayList<>();
		units.add(null);
		units.addAll(this.jdbc.sql("select code from org_unit order by path").query(String.class).list());
		long program = this.jdbc.sql("select id from program where code = 'NTM'").query(Long.class).single();
		int compared = 0;
		for (OrgUnitScope scope : List.of(OrgUnitScope.EVERYTHING, OrgUnitScope.programs(Set.of(program)))) {
			for (int year = 2023; year <= 2026; year++) {
				for (int quarter = 1; quarter <= 4; quarter++) {
					Quarter period = new Quarter(year, quarter);
					for (String unit : units) {
						SubtreeProgress together = this.progress.byProgramAndOrgUnit(scope, unit, period);
						ProgressReport report = this.progress.byProgram(scope, unit, period);

						assertThat(together.byProgram()).usingRecursiveComparison().isEqualTo(report);
						assertThat(together.byUnit()).usingRecursiveComparison()
							.isEqualTo(this.progress.byOrgUnit(scope, report.orgUnitCode(), null, null, period));
						compared++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(100);
	}

}
