package org.programtracker.allocation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.allocation.DecisionRegister.Decision;
import org.programtracker.allocation.DecisionRegister.Filter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The register sorts by the unit's place in the tree and by the program's code, which the
 * lines name by id only.
 */
@IntegrationTest
@Transactional
class DecisionRegisterSortTests {

	@Autowired
	private DecisionRegister register;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldSortByTheUnitsPathEitherWay() {
		List<Decision> ascending = decisions("unit", true);
		List<String> units = ascending.stream().map(d -> d.line().orgUnitCode()).distinct().toList();
		assertThat(units).hasSizeGreaterThan(1)
			.isEqualTo(this.jdbc.sql("select code from org_unit where code = any(?) order by path")
				.param(units.toArray(String[]::new))
				.query(String.class)
				.list());
		assertThat(ids(decisions("unit", false))).isEqualTo(reversed(ids(ascending)));
	}

	@Test
	void shouldSortByTheProgramsCodeEitherWay() {
		List<Decision> ascending = decisions("program", true);
		List<String> programs = ascending.stream().map(d -> d.line().programCode()).distinct().toList();
		assertThat(programs).hasSizeGreaterThan(1)
			.isEqualTo(this.jdbc.sql("select code from program where code = any(?) order by code")
				.param(programs.toArray(String[]::new))
				.query(String.class)
				.list());
		assertThat(ids(decisions("program", false))).isEqualTo(reversed(ids(ascending)));
	}

	private List<Decision> decisions(String sortKey, boolean ascending) {
		return this.register.all(this.users.admin(), new Filter(null, null, null, null, sortKey, ascending));
	}

	private static List<Long> ids(List<Decision> decisions) {
		return decisions.stream().map(Decision::id).toList();
	}

	private static List<Long> reversed(List<Long> ids) {
		List<Long> reversed = new ArrayList<>(ids);
		Collections.reverse(reversed);
		return reversed;
	}

}
