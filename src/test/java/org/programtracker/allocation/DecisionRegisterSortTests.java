package org.programtracker.allocation;

import java.math.BigDecimal;
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
 * lines name by id only, and filters by year, subtree, program and capital type, with the
 * total of what it found.
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

	@Test
	void shouldFilterByYearSubtreeProgramAndCapitalTypeWithTheTotalOfWhatItFound() {
		Filter filter = new Filter(2024, "HUA_BUM", "GNBV", CapitalType.INVESTMENT, "amount", false);
		List<Decision> found = this.register.all(this.users.admin(), filter);
		String raw = """
				from allocation a join plan_line l on l.id = a.plan_line_id join org_unit u on u.id = l.org_unit_id
				join program p on p.id = l.program_id
				where l.plan_year = 2024 and u.path like '%/HUA_BUM/%' and p.code = 'GNBV' and l.capital_type = 'INVESTMENT'
				""";
		assertThat(ids(found)).isNotEmpty()
			.isEqualTo(this.jdbc.sql("select a.id " + raw + " order by a.amount_vnd desc, a.id desc")
				.query(Long.class)
				.list());
		DecisionRegister.Listing listing = this.register.list(this.users.admin(), filter, 0);
		assertThat(listing.page().getTotalElements()).isEqualTo(found.size());
		assertThat(listing.total())
			.isEqualByComparingTo(this.jdbc.sql("select sum(a.amount_vnd) " + raw).query(BigDecimal.class).single());

		assertThat(this.register.all(this.users.admin(), new Filter(null, null, null, null, "date", true)))
			.as("every decision, without a filter")
			.hasSize(this.jdbc.sql("select count(*) from allocation").query(Integer.class).single());
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
