package org.programtracker.disbursement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.ReadModel;
import org.programtracker.support.StatementCounter;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid save runs as many statements for a hundred rows as for ten: the lines, their
 * entries and figures are read a set at a time, the entries inserted and updated by one
 * statement each and their audit rows by one (the read model follows inside the database,
 * in the same statements' triggers).
 */
@IntegrationTest
@Transactional
@Import(StatementCounter.Configuration.class)
class GridSaveStatementCountTests {

	private static final Quarter QUARTER = new Quarter(2025, 3);

	@Autowired
	private GridService grids;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldSaveAHundredRowsInAsManyStatementsAsTen() {
		List<Long> lines = this.jdbc.sql("""
				insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source, plan_year,
				                       origin_year)
				select u.id, p.id, c.id, t.capital_type, s.funding_source, 2025, 2025
				from org_unit u
				cross join program p
				left join program_component c on c.program_id = p.id
				cross join (values ('INVESTMENT'), ('RECURRENT')) as t (capital_type)
				cross join (values ('CENTRAL'), ('LOCAL')) as s (funding_source)
				where u.code = 'HUA_BUM' and p.code in ('NTM', 'GNBV', 'DTTS')
				order by p.code, c.code, t.capital_type, s.funding_source
				limit 111
				returning id
				""").query(Long.class).list();
		assertThat(lines).hasSize(111);

		save(lines.subList(0, 1), 1_000_000, -1);
		int newTen = save(lines.subList(1, 11), 2_000_000, -1);
		int newHundred = save(lines.subList(11, 111), 3_000_000, -1);
		int changedTen = save(lines.subList(1, 11), 4_000_000, 0);
		int changedHundred = save(lines.subList(11, 111), 5_000_000, 0);

		System.out.printf("Grid save statements: 10 new rows %d, 100 new rows %d; 10 changed %d, 100 changed %d%n",
				newTen, newHundred, changedTen, changedHundred);
		assertThat(newHundred).as("statements of 100 new rows").isEqualTo(newTen);
		assertThat(changedHundred).as("statements of 100 changed rows").isEqualTo(changedTen);
		assertThat(newTen).as("statements of a save").isLessThanOrEqualTo(16);
		assertThat(this.jdbc.sql("""
				select count(*) || ' ' || sum(amount_vnd) || ' ' || max(version) from disbursement
				where plan_line_id = any(?) and quarter = 3
				""").param(lines.toArray(Long[]::new)).query(String.class).single())
			.isEqualTo("111 " + (1_000_000 + 10 * 4_000_000L + 100 * 5_000_000L) + " 1");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where subject = 'DISBURSEMENT' and plan_line_id = any(?)
				""").param(lines.toArray(Long[]::new)).query(Long.class).single()).isEqualTo(1 + 110 + 110);
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();
	}

	/**
	 * Saves the amount on each line (the version each entry has, or -1 for none) and
	 * tells how many statements the save ran.
	 */
	private int save(List<Long> lines, long amount, long version) {
		List<GridInput> rows = new ArrayList<>();
		for (long line : lines) {
			rows.add(new GridInput(line, version, false, BigDecimal.valueOf(amount), null, null, "Nhập cả lưới", null,
					null, null, null));
		}
		this.statements.reset();
		assertThat(this.grids.save(this.users.admin(), "HUA_BUM", QUARTER, rows)).isEqualTo(lines.size());
		this.statements.statements()
			.forEach(statement -> System.out
				.println("  SQL " + statement.substring(0, Math.min(160, statement.length()))));
		return this.statements.count();
	}

}
