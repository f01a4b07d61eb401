package org.programtracker.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programtracker.ProgramTrackerApplication;
import org.programtracker.support.ReadModel;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upgrade keeps every figure. A database is filled at the first release's schema (V1)
 * with real rows, then migrated one migration at a time to the newest; after each
 * version's migration the rows that version's schema brought are added
 * ({@code src/test/resources/upgrade/rows-at-V<n>.sql}), so that every migration runs on
 * tables that all hold rows (checked before each one), never on an empty schema. Around
 * every migration each plan line's figures — the plan as of each quarter's end, what was
 * disbursed up to each quarter and the extension period, advances and their recoveries,
 * capital assigned — must come out to the đồng as they went in. At the end the
 * application itself starts on the upgraded database (its entities validated against the
 * schema) and its progress API reports the sums of the rows written at V1.
 */
class UpgradeTests {

	private static final String ADMIN_PASSWORD = "upgrade-keeps-every-figure";

	/**
	 * Each line's figures, by quarter 1 to 4 and the extension period (5), with a query
	 * that reads the same on every schema since V1.
	 */
	private static final String LINE_FIGURES = """
			select u.code as unit, p.code as program, coalesce(c.code, '-') as component, l.capital_type,
			       l.funding_source, l.plan_year, l.origin_year, q.quarter,
			       (select coalesce(sum(a.amount_vnd), 0) from allocation a where a.plan_line_id = l.id
			          and a.decision_date <= (make_date(l.plan_year, 3 * least(q.quarter, 4), 1)
			                                  + interval '1 month' - interval '1 day')::date) as plan_vnd,
			       (select coalesce(sum(a.amount_vnd), 0) from allocation a where a.plan_line_id = l.id) as plan_ever_vnd,
			       (select coalesce(sum(d.amount_vnd), 0) from disbursement d
			          where d.plan_line_id = l.id and d.quarter <= q.quarter) as disbursed_vnd,
			       (select coalesce(sum(d.advance_vnd), 0) from disbursement d
			          where d.plan_line_id = l.id and d.quarter <= q.quarter) as advance_vnd,
			       (select coalesce(sum(d.advance_recovered_vnd), 0) from disbursement d
			          where d.plan_line_id = l.id and d.quarter <= q.quarter) as recovered_vnd
			from plan_line l join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
			left join program_component c on c.id = l.component_id
			cross join generate_series(1, 5) q (quarter)
			order by 1, 2, 3, 4, 5, 6, 7, 8
			""";

	private static final String ASSIGNED = """
			select u.code, coalesce(f.code, '-'), p.code, a.capital_type, a.funding_source, a.plan_year, a.origin_year,
			       a.decision_number, a.decision_date, a.amount_vnd
			from assignment a join org_unit u on u.id = a.org_unit_id join program p on p.id = a.program_id
			left join org_unit f on f.id = a.from_unit_id
			order by 1, 2, 3, 4, 5, 6, 7, 8
			""";

	@TempDir
	static Path dataDir;

	private static EmbeddedPostgres server;

	@BeforeAll
	static void startServer() throws Exception {
		server = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
		try (Connection connection = server.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database upgraded");
		}
	}

	@AfterAll
	static void stopServer() throws Exception {
		server.close();
	}

	@Test
	void shouldKeepEveryFigureThroughEveryMigrationOnRealRows() throws Exception {
		List<MigrationInfo> migrations = List.of(flyway(null).info().pending());
		assertThat(migrations).hasSizeGreaterThan(10);
		List<String> atFirstRelease = null;
		List<String> migratedOnRows = new ArrayList<>();
		try (Connection db = server.getDatabase("postgres", "upgraded").getConnection()) {
			for (MigrationInfo migration : migrations) {
				String version = migration.getVersion().getVersion();
				List<String> before = tableExists(db, "plan_line") ? rows(db, LINE_FIGURES) : List.of();
				List<String> assignedBefore = tableExists(db, "assignment") ? rows(db, ASSIGNED) : List.of();
				if (!version.equals("1")) {
					assertThat(emptyTables(db)).as("tables without a row when V%s runs", version).isEmpty();
					migratedOnRows.add("V" + version);
				}

				flyway(version).migrate();

				if (!before.isEmpty()) {
					assertThat(rows(db, LINE_FIGURES)).as("every line's figures after V%s", version).isEqualTo(before);
				}
				if (!assignedBefore.isEmpty()) {
					assertThat(rows(db, ASSIGNED)).as("capital assigned after V%s", version).isEqualTo(assignedBefore);
				}
				addRowsOfVersion(db, version);
				if (version.equals("1")) {
					atFirstRelease = rows(db, LINE_FIGURES);
					assertThat(atFirstRelease).hasSize(6 * 5);
				}
				if (version.equals("34")) {
					assertAuditValuesConverted(db);
				}
			}
			System.out.printf("upgrade: %d migrations, %s ran on tables that all held rows; %d line figures kept%n",
					migrations.size(), String.join(", ", migratedOnRows), rows(db, LINE_FIGURES).size());
			assertThat(rows(db, "select count(*) from plan_line_holding")).as("every line held by itself (V41)")
				.containsExactly("7");
			assertThat(rows(db, "select count(*) from org_unit_placement")).as("every unit placed (V41)")
				.containsExactly("4");
			assertThat(rows(db, ReadModel.MISMATCHES)).as("the read model worked out from the rows there (V47)")
				.isEmpty();
		}
		assertTheApplicationReportsTheFirstReleasesRows();
	}

	/**
	 * V34 turned the text values of the audit trail into JSON: amounts exact numbers, a
	 * name holding "; " one name, a quarter's state.
	 */
	private static void assertAuditValuesConverted(Connection db) throws SQLException {
		assertThat(rows(db, "select subject, old_value::text, new_value::text from audit_entry order by id"))
			.containsExactly(
					"ALLOCATION|null|{\"kind\": \"ALLOCATION\", \"amountVnd\": 2487000000, \"decisionDate\": \"2024-01-10\", \"decisionNumber\": \"12/QĐ-UBND\"}",
					"DISBURSEMENT|{\"amountVnd\": 700000000, \"advanceVnd\": 0, \"advanceRecoveredVnd\": 0}|{\"amountVnd\": 780000000, \"advanceVnd\": 100000000, \"advanceRecoveredVnd\": 0}",
					"ORG_UNIT|{\"name\": \"Xã A\"}|{\"name\": \"Thôn A; Thôn B\"}",
					"PERIOD|{\"state\": \"OPEN\"}|{\"state\": \"CLOSED\"}");
	}

	/**
	 * The application on the upgraded database: it starts (Hibernate validates every
	 * entity against the schema), keeps the accounts, and its progress API gives the
	 * district's plan and disbursement as the V1 rows add up.
	 */
	private static void assertTheApplicationReportsTheFirstReleasesRows() throws Exception {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ProgramTrackerApplication.class).run(
				"--server.port=0", "--spring.datasource.url=" + server.getJdbcUrl("postgres", "upgraded"),
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--spring.main.banner-mode=off")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JsonNode q2 = progress(port, "/api/v1/progress?year=2024&quarter=2&orgUnit=HUYEN");
			Map<String, String> rows = new LinkedHashMap<>();
			for (JsonNode row : q2.get("rows")) {
				rows.put(row.get("program").asString() + " " + row.get("capitalType").asString(),
						row.get("planVnd").asString() + " / " + row.get("disbursedVnd").asString());
			}
			// NTM investment: 2,487,000,000 − 87,000,000 (15/05) by 30/06; 780 + 300
			// million
			// disbursed. NTM recurrent: 1,282 million, 282 disbursed. GNBV investment:
			// 49,416
			// million (the 18-digit adjustment is dated 20/11), 13,704 disbursed.
			assertThat(rows).containsEntry("NTM INVESTMENT", "2400000000 / 1080000000")
				.containsEntry("NTM RECURRENT", "1282000000 / 282000000")
				.containsEntry("GNBV INVESTMENT", "49416000000 / 13704000000")
				.containsEntry("GNBV RECURRENT", "0 / 0");
			assertThat(q2.get("carriedOver").toString()).contains("\"planVnd\":200000000",
					"\"disbursedVnd\":150000000");
			JsonNode q4 = progress(port, "/api/v1/progress?year=2024&quarter=4&orgUnit=XA_B");
			assertThat(q4.get("rows").toString()).contains("\"planVnd\":900000049416000001",
					"\"disbursedVnd\":450000013704000001");
			Map<String, BigDecimal> assigned = new LinkedHashMap<>();
			for (JsonNode row : q2.get("rows")) {
				assigned.put(row.get("program").asString() + " " + row.get("capitalType").asString(),
						row.get("assignedVnd").decimalValue());
			}
			assertThat(assigned.get("NTM INVESTMENT")).as("assigned from outside the district, not again to Xã A")
				.isEqualByComparingTo(new BigDecimal("3000000000"));
		}
	}

	private static JsonNode progress(int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder()
							.encodeToString(("chief:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(answer.body());
	}

	private static Flyway flyway(String target) {
		var configuration = Flyway.configure()
			.dataSource(server.getJdbcUrl("postgres", "upgraded"), "postgres", "")
			.locations("classpath:db/migration");
		return ((target == null) ? configuration : configuration.target(target)).load();
	}

	private static void addRowsOfVersion(Connection db, String version) throws IOException, SQLException {
		try (InputStream script = UpgradeTests.class.getResourceAsStream("/upgrade/rows-at-V" + version + ".sql")) {
			if (script == null) {
				return;
			}
			String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(ADMIN_PASSWORD);
			String sql = new String(script.readAllBytes(), StandardCharsets.UTF_8).replace(":'admin_password_hash'",
					"'" + hash + "'");
			try (Statement statement = db.createStatement()) {
				statement.execute(sql);
			}
		}
	}

	private static List<String> emptyTables(Connection db) throws SQLException {
		List<String> empty = new ArrayList<>();
		for (String table : rows(db, """
				select tablename from pg_tables where schemaname = 'public' and tablename <> 'flyway_schema_history'
				order by 1""")) {
			if (rows(db, "select count(*) from (select 1 from " + table + " limit 1) t").equals(List.of("0"))) {
				empty.add(table);
			}
		}
		return empty;
	}

	private static boolean tableExists(Connection db, String table) throws SQLException {
		return !rows(db, "select 1 from pg_tables where schemaname = 'public' and tablename = '" + table + "'")
			.isEmpty();
	}

	private static List<String> rows(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			ResultSetMetaData meta = result.getMetaData();
			List<String> rows = new ArrayList<>();
			while (result.next()) {
				List<String> cells = new ArrayList<>();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					cells.add(String.valueOf(result.getString(c)));
				}
				rows.add(String.join("|", cells));
			}
			return rows;
		}
	}

}
