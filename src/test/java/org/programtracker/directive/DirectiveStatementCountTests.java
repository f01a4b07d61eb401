package org.programtracker.directive;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.StatementCounter;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The directive register reads the directives with their programs, units and notes in a
 * fixed number of statements, however many directives it lists (no query per directive).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class DirectiveStatementCountTests {

	private static final String REGISTER = "/directives?year=2024&quarter=2&orgUnit=NAM_NHUN";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("viewer")
	void shouldReadTheRegisterInAsManyStatementsForTenMoreDirectivesWithNotes() {
		// committed, not rolled back: in a test transaction the second request would find
		// the
		// first one's directives in the persistence context and run fewer statements
		List<Long> added = new ArrayList<>();
		try {
			int before = statementsOfTheRegister();
			for (int i = 0; i < 10; i++) {
				long id = this.jdbc.sql("""
						insert into directive (org_unit_id, given_year, given_quarter, text, responsible, deadline,
						                       created_by, created_at)
						select id, 2024, 2, 'Kết luận ' || :i, 'Phòng Tài chính - Kế hoạch', date '2024-09-30',
						       'admin', now()
						from org_unit where code = 'NAM_NHUN'
						returning id""").param("i", i).query(Long.class).single();
				added.add(id);
				this.jdbc.sql("""
						insert into directive_note (directive_id, noted_on, text, written_by)
						values (:id, date '2024-07-15', 'Đang thực hiện', 'admin'),
						       (:id, date '2024-08-15', 'Đã hoàn thành một phần', 'admin')""").param("id", id).update();
			}
			int after = statementsOfTheRegister();

			assertThat(after).as("%s", this.statements.statements()).isEqualTo(before);
		}
		finally {
			this.jdbc.sql("delete from directive where id = any(:ids)")
				.param("ids", added.toArray(Long[]::new))
				.update();
		}
	}

	private int statementsOfTheRegister() {
		this.statements.reset();
		assertThat(this.mvc.get().uri(REGISTER)).hasStatusOk().bodyText().contains("Kết luận chỉ đạo");
		return this.statements.count();
	}

}
