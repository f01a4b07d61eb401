package org.programtracker.disbursement;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.disbursement.GridPageTests.TypedRow;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.support.CsvFiles;
import org.programtracker.kernel.Amounts;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Done when: the district's first quarter of 2024, entered through the grid as a user
 * types it, gives the seed report's lines. The demo's entries of that quarter are removed
 * first (and come back when the test rolls back).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class GridSeedReportTests {

	private static final Quarter Q1 = new Quarter(2024, 1);

	private static final Locale VI = Locale.forLanguageTag("vi-VN");

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private GridService grids;

	@Autowired
	private PeriodService periods;

	@Autowired
	private ProgressService progress;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldGiveTheSeedReportsLinesWhenTheDistrictsFirstQuarterIsEnteredThroughTheGrid() throws IOException {
		this.periods.reopen(this.users.admin(), Q1, "Nhập lại số liệu quý 1 qua bảng giải ngân");
		this.entityManager.flush();
		this.jdbc.sql("""
				delete from disbursement where quarter = 1
				and plan_line_id in (select id from plan_line where plan_year = 2024)""").update();
		this.entityManager.clear();
		assertThat(seedLines()).isNotEqualTo(progressLines());

		List<TypedRow> rows = TypedRow.of(GridForm.of(this.grids.load(this.users.admin(), "NAM_NHUN", Q1)), VI);
		Map<Long, String> keyOfLine = this.jdbc.sql("""
				select l.id, u.code || ',' || p.code || ',' || coalesce(c.code, '') || ',' || l.capital_type
				       || ',' || l.origin_year from plan_line l join org_unit u on u.id = l.org_unit_id
				join program p on p.id = l.program_id left join program_component c on c.id = l.component_id
				where l.plan_year = 2024""")
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Map<String, Map<String, String>> demo = demoFirstQuarter();
		for (TypedRow row : rows) {
			Map<String, String> entry = demo.remove(keyOfLine.get(row.getLineId()));
			if (entry != null) {
				row.setAmount(typed(entry.get("amount_million")));
				row.setAdvance(typed(entry.get("advance_million")));
				row.setRecovered(typed(entry.get("recovered_million")));
			}
		}
		assertThat(demo).as("every demo entry has its row in the grid").isEmpty();

		assertThat(GridPageTests.post(this.mvc, "/disbursements?orgUnit=NAM_NHUN&year=2024&quarter=1", rows))
			.hasStatus(HttpStatus.FOUND);

		this.entityManager.clear();
		assertThat(progressLines()).isEqualTo(seedLines());
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("31,4%", "27,7%");
	}

	/**
	 * A demo amount as a Vietnamese accountant types it: "412,5", "8.120", "129,8750".
	 */
	private static String typed(String millions) {
		BigDecimal dong = new BigDecimal(millions).movePointRight(6);
		return (dong.signum() == 0) ? "" : Amounts.formatMillionsForInput(dong, VI);
	}

	private List<String> progressLines() {
		return this.progress.byProgram(OrgUnitScope.EVERYTHING, "NAM_NHUN", Q1)
			.rows()
			.stream()
			.map(row -> String.join(",", row.code(), row.capitalType().name(), plain(row.figures().planVnd()),
					plain(row.figures().disbursedVnd()), String.valueOf(row.percentOfPlan().value()),
					row.percentOfPlan().status().name()))
			.toList();
	}

	private static List<String> seedLines() throws IOException {
		try (InputStream input = GridSeedReportTests.class.getResourceAsStream("/seed-report-2024-q1.csv")) {
			return CsvFiles.read(input).stream().map(line -> {
				boolean allocated = !line.get("plan_million_vnd").isEmpty();
				return String.join(",", line.get("program_code"), line.get("capital_type"),
						allocated ? plain(new BigDecimal(line.get("plan_million_vnd")).movePointRight(6)) : "0",
						allocated ? plain(new BigDecimal(line.get("disbursed_million_vnd")).movePointRight(6)) : "0",
						allocated ? line.get("percent_of_plan") : "null", line.get("status"));
			}).toList();
		}
	}

	private static Map<String, Map<String, String>> demoFirstQuarter() throws IOException {
		try (InputStream input = GridSeedReportTests.class.getResourceAsStream("/demo/disbursements.csv")) {
			return CsvFiles.read(input)
				.stream()
				.filter(line -> line.get("plan_year").equals("2024") && line.get("quarter").equals("1"))
				.collect(
						Collectors.toMap(
								line -> String.join(",", line.get("org_unit"), line.get("program"),
										line.get("component"), line.get("capital_type"), line.get("origin_year")),
								line -> line));
		}
	}

	private static String plain(BigDecimal amount) {
		return amount.stripTrailingZeros().toPlainString();
	}

}
