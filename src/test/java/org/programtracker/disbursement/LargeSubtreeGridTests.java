package org.programtracker.disbursement;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.StatementCounter;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subtree holding more lines than a grid shows (a province, the whole country) is not
 * read line by line into one page: the grid asks for a unit below it, reading the lines'
 * ids only, so that it neither fails on a query's parameter limit nor slows down with the
 * size of the subtree.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@Import(StatementCounter.Configuration.class)
class LargeSubtreeGridTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GridService grids;

	@Autowired
	private Users users;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldAskForASmallerUnitWhenTheSubtreeHoldsMoreLinesThanAGridShows() {
		int created = this.jdbc.sql("""
				insert into plan_line (org_unit_id, program_id, component_id, capital_type, funding_source, plan_year,
				                       origin_year)
				select u.id, p.id, c.id, t.capital_type, s.funding_source, 2025, o.origin_year
				from org_unit u
				cross join program p
				join program_component c on c.program_id = p.id
				cross join (values ('INVESTMENT'), ('RECURRENT')) as t (capital_type)
				cross join (values ('CENTRAL'), ('LOCAL')) as s (funding_source)
				cross join generate_series(2015, 2025) as o (origin_year)
				where u.path like '/NAM_NHUN/%/' and p.code in ('NTM', 'GNBV', 'DTTS')
				on conflict on constraint plan_line_unique do nothing
				""").update();
		int held = this.jdbc.sql("""
				select count(*) from plan_line pl join org_unit u on u.id = pl.org_unit_id
				where pl.plan_year = 2025 and u.path like '/NAM_NHUN/%'
				""").query(Integer.class).single();
		assertThat(created).isGreaterThan(Grid.MAX_SHOWN_ROWS);

		this.statements.reset();
		Grid grid = this.grids.load(this.users.admin(), "NAM_NHUN", new Quarter(2025, 3));

		assertThat(this.statements.count()).as("statements of the grid").isLessThan(20);
		assertThat(grid.tooManyRowsToShow()).isTrue();
		assertThat(grid.unshownRows()).isEqualTo(held);
		assertThat(grid.groups()).isEmpty();
		assertThat(grid.editable()).isFalse();
		assertThat(grid.tooManyRowsToEdit()).isFalse();
		assertThat(this.mvc.get().uri("/disbursements?orgUnit=NAM_NHUN&year=2025&quarter=3")).hasStatusOk()
			.bodyText()
			.contains("Đơn vị này có " + String.format("%,d", held).replace(',', '.') + " dòng kế hoạch vốn",
					"hãy chọn một đơn vị trực thuộc để xem và nhập số liệu")
			.doesNotContain("Bạn chỉ được xem bảng này");
		assertThat(this.mvc.get().uri("/disbursements?orgUnit=HUA_BUM&year=2025&quarter=3&lang=en")).hasStatusOk()
			.bodyText()
			.doesNotContain("more than the 10,000 a page shows");
	}

}
