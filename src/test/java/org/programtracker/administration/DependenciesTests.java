package org.programtracker.administration;

import org.junit.jupiter.api.Test;
import org.programtracker.kernel.References.Referenced;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * What refers to a unit, a program or a component, as each feature answers for its own
 * records, on the demo district.
 */
@IntegrationTest
class DependenciesTests {

	@Autowired
	private Dependencies dependencies;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldListWhatRefersToTheDistrictFeatureByFeatureInTheOrderOfThePage() {
		assertThat(this.dependencies.of(id("org_unit", "NAM_NHUN")).stream().map(OrgUnitDependency::kind))
			.containsSubsequence("children", "users", "directives", "narrative", "reportHeader", "printedFigures");
		assertThat(this.dependencies.of(id("org_unit", "HUA_BUM"))).contains(
				new OrgUnitDependency("users", 1, "editor"), new OrgUnitDependency("planLines", 7, "2023, 2024, 2025"));
	}

	@Test
	void shouldCountTheAssignmentsAUnitReceivedOrGrantedWithTheirYears() {
		assertThat(this.dependencies.of(id("org_unit", "HUA_BUM")))
			.contains(new OrgUnitDependency("assignments", 2, "2024, 2025"));
		assertThat(this.dependencies.of(id("org_unit", "NAM_NHUN"))).contains(new OrgUnitDependency("assignments",
				this.jdbc.sql("select count(*) from assignment").query(Long.class).single(), "2024, 2025"));
		assertThat(this.dependencies.of(id("org_unit", "BQLDA")).stream().map(OrgUnitDependency::kind))
			.doesNotContain("assignments");
	}

	@Test
	void shouldCountWhatRefersToAProgramAsTheRawRowsDo() {
		long ntm = id("program", "NTM");

		assertThat(this.dependencies.countsOf(Referenced.PROGRAM, ntm)).contains(
				entry("planLines", count("plan_line", ntm)), entry("components", count("program_component", ntm)),
				entry("paragraphs", count("narrative_entry", ntm)), entry("assignments", count("assignment", ntm)),
				entry("officers", 1L));
		assertThat(this.dependencies.countsOf(Referenced.PROGRAM, ntm)).containsKeys("directives", "printedFigures");
	}

	@Test
	void shouldFindNothingForAComponentNobodyUses() {
		long unused = this.jdbc.sql("""
				select c.id from program_component c
				where not exists (select 1 from plan_line l where l.component_id = c.id)
				  and not exists (select 1 from program_component k where k.parent_id = c.id)
				order by c.id limit 1
				""").query(Long.class).single();

		assertThat(this.dependencies.countsOf(Referenced.COMPONENT, unused)).isEmpty();
	}

	private long id(String table, String code) {
		return this.jdbc.sql("select id from " + table + " where code = ?").param(code).query(Long.class).single();
	}

	private long count(String table, long programId) {
		return this.jdbc.sql("select count(*) from " + table + " where program_id = ?")
			.param(programId)
			.query(Long.class)
			.single();
	}

}
