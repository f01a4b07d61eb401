package org.programtracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.programtracker.support.DisbursementSheets;
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
 * An import of a quarter's entries runs as many statements for a hundred rows as for ten,
 * lines that do not exist yet included: the lines are found and created, the rules,
 * warnings and entries asked, the entries and audit rows written, a set at a time.
 */
@IntegrationTest
@Transactional
@Import(StatementCounter.Configuration.class)
class ImportStatementCountTests {

	@Autowired
	private SheetImports imports;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldImportAHundredRowsInAsManyStatementsAsTen() throws IOException {
		List<Object[]> keys = this.jdbc.sql("""
				select p.code, c.code, t.capital_type, s.funding_source
				from program p
				join program_component c on c.program_id = p.id
				cross join (values ('INVESTMENT'), ('RECURRENT')) as t (capital_type)
				cross join (values ('CENTRAL'), ('LOCAL')) as s (funding_source)
				where p.code in ('NTM', 'GNBV', 'DTTS')
				order by p.code, c.code, t.capital_type, s.funding_source
				limit 111
				""")
			.query((rs,
					row) -> new Object[] { "HUA_BUM", rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), 2025, "1,5", "", "", "Nhập từ tệp" })
			.list();
		assertThat(keys).hasSize(111);

		importRows(keys.subList(0, 1));
		int newTen = importRows(keys.subList(1, 11));
		int newHundred = importRows(keys.subList(11, 111));
		int againTen = importRows(keys.subList(1, 11));
		int againHundred = importRows(keys.subList(11, 111));

		System.out.printf("Import statements: 10 new lines %d, 100 new lines %d; 10 existing %d, 100 existing %d%n",
				newTen, newHundred, againTen, againHundred);
		assertThat(newHundred).as("statements of 100 rows on new lines").isEqualTo(newTen);
		assertThat(againHundred).as("statements of 100 rows on existing lines").isEqualTo(againTen);
		assertThat(this.jdbc
			.sql("""
					select count(*) || ' ' || sum(d.amount_vnd) from disbursement d join plan_line pl on pl.id = d.plan_line_id
					join org_unit u on u.id = pl.org_unit_id where u.code = 'HUA_BUM' and pl.plan_year = 2025 and d.quarter = 3
					""")
			.query(String.class)
			.single()).isEqualTo("111 166500000");
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();
	}

	/**
	 * The checks asked of each unit (the quarter closed for it, its approvals, whether it
	 * is open) are asked for all the sheet's units at once: rows over ten units run as
	 * many statements as rows over one.
	 */
	@Test
	void shouldImportRowsOfTenUnitsInAsManyStatementsAsRowsOfOne() throws IOException {
		List<String> units = this.jdbc.sql("""
				select code from org_unit
				where kind = 'COMMUNE' and valid_to is null and (valid_from is null or valid_from <= date '2025-07-01')
				order by path limit 10
				""").query(String.class).list();
		assertThat(units).hasSize(10);
		List<Object[]> components = this.jdbc.sql("""
				select c.code from program_component c join program p on p.id = c.program_id
				where p.code = 'NTM' order by c.code limit 10
				""")
			.query((rs,
					row) -> new Object[] { units.get(0), "NTM", rs.getString(1), "INVESTMENT", "CENTRAL", 2025, "1,5",
							"", "", "Nhập từ tệp" })
			.list();
		assertThat(components).hasSize(10);
		List<Object[]> overUnits = units.stream()
			.<Object[]>map(unit -> new Object[] { unit, "NTM", components.get(0)[2], "RECURRENT", "CENTRAL", 2025,
					"1,5", "", "", "Nhập từ tệp" })
			.toList();
		importRows(List.<Object[]>of(new Object[] { units.get(0), "NTM", components.get(1)[2], "RECURRENT", "LOCAL",
				2025, "1", "", "", "Nhập từ tệp" }));

		int oneUnit = importRows(components);
		int tenUnits = importRows(overUnits);

		System.out.printf("Import statements: 10 rows of one unit %d, of ten units %d%n", oneUnit, tenUnits);
		assertThat(tenUnits).as("statements of rows over ten units").isEqualTo(oneUnit);
		assertThat(ReadModel.mismatches(this.jdbc)).isEmpty();
	}

	private int importRows(List<Object[]> rows) throws IOException {
		byte[] file = DisbursementSheets.sheet(rows.toArray(Object[][]::new));
		this.statements.reset();
		ImportOutcome outcome;
		try {
			outcome = this.imports.importSheet(this.users.admin(),
					new ImportRequest(ImportKind.DISBURSEMENTS, 2025, 3, null), "dem.xlsx",
					new ByteArrayInputStream(file), Locale.forLanguageTag("vi"));
		}
		catch (ImportRejectedException ex) {
			throw new AssertionError("the sheet was refused: " + ex.getProblems(), ex);
		}
		assertThat(outcome.rows()).hasSize(rows.size());
		return this.statements.count();
	}

}
