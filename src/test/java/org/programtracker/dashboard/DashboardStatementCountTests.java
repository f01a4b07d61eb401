package org.programtracker.dashboard;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The dashboard reads aggregate queries: each view runs a fixed, small number of SQL
 * statements, the same for the whole district as for one commune, however many units,
 * programs and plan lines there are (no N+1 queries).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class DashboardStatementCountTests {

	/**
	 * A view's statements, however many units and lines: the view of the latest figures
	 * asks which period is being worked on, and its charts read the four quarters of the
	 * year before too (with its programs).
	 */
	private static final int MOST_STATEMENTS_PER_VIEW = 23;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private StatementCounter statements;

	@Autowired
	private JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard?year=2024&quarter=1&orgUnit=",
			"/dashboard/programs/DTTS?year=2024&quarter=1&component=DA4.1&orgUnit=" })
	@WithUserDetails("admin")
	void shouldRunAsManyStatementsForTheDistrictAsForACommune(String view) {
		int forTheDistrict = statementsOf(view + "NAM_NHUN");
		List<String> ofTheDistrict = this.statements.statements();
		int forACommune = statementsOf(view + "HUA_BUM");
		assertThat(forTheDistrict).as("%s\n%s", ofTheDistrict, this.statements.statements())
			.isPositive()
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_VIEW)
			.isEqualTo(forACommune);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/dashboard?year=2024&quarter=1", "/dashboard?quarter=today&present=1",
			"/dashboard/programs/NTM?year=2024&quarter=1",
			"/dashboard/programs/NTM?year=2024&quarter=1&orgUnit=HUA_BUM",
			"/dashboard/programs/DTTS?year=2024&quarter=1&component=DA4",
			"/dashboard/programs/DTTS?year=2024&quarter=1&component=DA4&orgUnit=HUA_BUM",
			"/dashboard/programs/DTTS?year=2024&quarter=1&component=DA4.1" })
	@WithUserDetails("admin")
	void shouldRunAFewStatementsAtEachLevelOfTheDrillDown(String view) {
		assertThat(statementsOf(view)).as("%s", this.statements.statements())
			.isPositive()
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_VIEW);
	}

	@ParameterizedTest
	@ValueSource(strings = { "HUA_BUM", "BQLDA" })
	@WithUserDetails("admin")
	void shouldRunAFixedNumberOfStatementsForAPlanLineWhateverItsEntries(String orgUnit) {
		long line = this.jdbc.sql("""
				select min(pl.id) from plan_line pl join org_unit ou on ou.id = pl.org_unit_id
				where ou.code = :unit and pl.plan_year = 2024
				""").param("unit", orgUnit).query(Long.class).single();
		assertThat(statementsOf("/dashboard/lines/" + line + "?quarter=1")).isPositive()
			.isLessThanOrEqualTo(MOST_STATEMENTS_PER_VIEW);
	}

	private int statementsOf(String uri) {
		this.statements.reset();
		assertThat(this.mvc.get().uri(uri)).hasStatusOk();
		return this.statements.count();
	}

}
