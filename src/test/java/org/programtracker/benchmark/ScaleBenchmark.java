package org.programtracker.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.programtracker.support.DisbursementSheets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the pages that read many figures answer when the tree is a whole province:
 * {@value #DISTRICTS} districts of {@code benchmark.communes} communes in all (1,000 by
 * default), each with plan lines in several programs, components, capital types and four
 * plan years, decisions, adjustments, a year of quarterly entries and directives. Each
 * page is requested over HTTP, signed in as the administrator (whose scope is every
 * unit), and the median and 95th percentile are printed beside the target; a median above
 * its target fails the run.
 *
 * <p>
 * Not part of {@code ./mvnw verify}: run {@code ./mvnw -Pbenchmark test}, optionally with
 * {@code -Dbenchmark.communes=3000}, {@code -Dbenchmark.only=import} (a regular
 * expression found in the names of the requests to measure) and
 * {@code -Dapp.embedded-db.clean=false} (the province of the previous run kept, not
 * written again).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "test", "benchmark" })
@Import(StatementTimer.Configuration.class)
class ScaleBenchmark {

	private static final int DISTRICTS = 40;

	private static final int WARM_UP = 3;

	private static final int RUNS = 15;

	private static final String QUARTER = "year=2024&quarter=2";

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private StatementTimer statements;

	@Autowired
	private DataSource dataSource;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	/**
	 * The API's clients: HTTP Basic on every request and no session cookie, which would
	 * make a write a browser's and ask it for the CSRF token.
	 */
	private final HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	/**
	 * The benchmark's database is wiped when it starts ({@code application-benchmark}),
	 * unless {@code -Dbenchmark.keep=true}.
	 */
	@DynamicPropertySource
	static void keepTheDatabase(DynamicPropertyRegistry properties) {
		if (Boolean.getBoolean("benchmark.keep")) {
			properties.add("app.embedded-db.clean", () -> "false");
		}
	}

	@Test
	void shouldAnswerEachPageWithinItsTargetForAWholeProvince() throws Exception {
		int communes = Integer.getInteger("benchmark.communes", 1000);
		long seedingStarted = System.nanoTime();
		seedProvince(communes);
		long seedingMillis = (System.nanoTime() - seedingStarted) / 1_000_000;
		System.out.printf("%nProgram Tracker benchmark: %s; seeded in %,d ms (%d cores)%n", sizes(), seedingMillis,
				Runtime.getRuntime().availableProcessors());

		signIn("admin", "demo");
		String district = "BENCH_D01";
		String commune = "BENCH_D01_C001";
		List<Measure> measures = new ArrayList<>(Arrays.asList(
				measure("dashboard, whole province", "/dashboard?" + QUARTER + "&orgUnit=BENCH", 1000),
				measure("dashboard, one district", "/dashboard?" + QUARTER + "&orgUnit=" + district, 500),
				measure("dashboard, a program by unit", "/dashboard/programs/NTM?" + QUARTER + "&orgUnit=BENCH", 1000),
				measure("dashboard, a component by unit",
						"/dashboard/programs/DTTS?" + QUARTER + "&component=DA4&orgUnit=BENCH", 1000),
				measure("dashboard, a district's plan lines",
						"/dashboard/programs/NTM?" + QUARTER + "&component=ND02&orgUnit=" + district, 500),
				measure("progress page, whole province", "/progress?" + QUARTER + "&orgUnit=BENCH", 1000),
				measure("progress API (HTTP Basic), province", "/api/v1/progress?" + QUARTER + "&orgUnit=BENCH", 1000),
				measure("submissions, whole province", "/disbursements/submissions?" + QUARTER + "&orgUnit=BENCH",
						1000),
				measure("quarterly summary, whole province", "/reports/summary?" + QUARTER + "&orgUnit=BENCH", 1500),
				measure("summary PDF, whole province", "/reports/summary.pdf?" + QUARTER + "&orgUnit=BENCH", 1000),
				measure("summary XLSX, whole province", "/reports/summary.xlsx?" + QUARTER + "&orgUnit=BENCH", 2000),
				measure("disbursement grid, one commune", "/disbursements?" + QUARTER + "&orgUnit=" + commune, 500),
				measure("disbursement grid, one district", "/disbursements?" + QUARTER + "&orgUnit=" + district, 1500),
				measure("directive register", "/directives?orgUnit=BENCH", 1000),
				measureWrite("API write of one amount (HTTP Basic)", 300),
				measureImport("import of 10,000 rows (whole sheet)", 10_000, 5000)));
		// the requests not wanted were not measured
		measures.removeIf(Objects::isNull);

		System.out.printf("%n%-38s %9s %9s %9s %9s%n", "request", "median", "p95", "max", "target");
		measures.forEach((measure) -> System.out.println(measure.line()));
		System.out.println();
		assertThat(measures.stream().filter((measure) -> !measure.withinTarget()).map(Measure::name))
			.as("requests whose median is above target")
			.isEmpty();
	}

	/**
	 * A province beside the demo district ({@code benchmark/province-data-set.sql}),
	 * written with the read model's triggers off and its rows then worked out in one go
	 * ({@code line-figures.sql}), on a connection of the application's pool freed of the
	 * pool's timeouts for the while. Kept as it is when the benchmark's database is kept
	 * from an earlier run ({@code -Dbenchmark.keep=true}) and holds it already.
	 */
	private void seedProvince(int communes) throws SQLException, IOException {
		if (count("select count(*) from org_unit where code = 'BENCH'") > 0) {
			return;
		}
		int perDistrict = Math.max(1, communes / DISTRICTS);
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setNetworkTimeout(Runnable::run, 0);
			DataSetScripts.run(connection,
					Map.of("districts", Integer.toString(DISTRICTS), "perDistrict", Integer.toString(perDistrict)),
					"province-data-set.sql", "line-figures.sql");
		}
	}

	private String sizes() {
		return String.format("%,d org units, %,d plan lines, %,d decisions, %,d quarterly entries, %,d directives",
				count("select count(*) from org_unit where path like '/BENCH/%'"),
				count("select count(*) from plan_line"), count("select count(*) from allocation"),
				count("select count(*) from disbursement"), count("select count(*) from directive"));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	private void signIn(String username, String password) throws IOException, InterruptedException {
		String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
				+ encode(csrf.group(1));
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.uri().getPath()).as("signed in").isNotEqualTo("/login");
	}

	private Measure measure(String name, String path, long targetMillis) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (path.startsWith("/api/")) {
			request.header("Authorization", basic("admin", "demo"));
		}
		return time(name, targetMillis, () -> {
			HttpResponse<byte[]> answer = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(answer.statusCode()).as("%s answers %s", path, answer.statusCode()).isEqualTo(200);
			assertThat(answer.uri().getPath()).as("%s is not sent to sign in", path).isNotEqualTo("/login");
		});
	}

	/**
	 * Sets one plan line's 2025 Q3 amount through the API, a new amount each time, so
	 * each request updates the entry and writes its audit row.
	 */
	private Measure measureWrite(String name, long targetMillis) throws IOException, InterruptedException {
		Map<String, Object> line = this.jdbc.sql("""
				select u.code as org_unit, p.code as program, c.code as component, pl.capital_type, pl.origin_year
				from plan_line pl join org_unit u on u.id = pl.org_unit_id join program p on p.id = pl.program_id
				join program_component c on c.id = pl.component_id
				where u.code like 'BENCH!_D01!_C%' escape '!' and pl.plan_year = 2025 order by pl.id limit 1
				""").query().singleRow();
		int[] amount = { 0 };
		return time(name, targetMillis, () -> {
			amount[0] += 1_000_000;
			String body = """
					{"orgUnit": "%s", "program": "%s", "component": "%s", "capitalType": "%s", "planYear": 2025,
					 "originYear": %s, "quarter": 3, "amountVnd": %d}
					""".formatted(line.get("org_unit"), line.get("program"), line.get("component"),
					line.get("capital_type"), line.get("origin_year"), amount[0]);
			HttpResponse<String> answer = this.api.send(HttpRequest.newBuilder(uri("/api/v1/disbursements"))
				.header("Authorization", basic("admin", "demo"))
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as("the write answers %s: %s", answer.statusCode(), answer.body())
				.isBetween(200, 201);
		});
	}

	/**
	 * Imports a sheet of {@code rows} 2025 Q3 amounts of the province's communes through
	 * the import page, end to end (upload and its preview, the confirmation, reading,
	 * checks, writes and their audit rows), with new amounts each time, so every row is
	 * written.
	 */
	private Measure measureImport(String name, int rows, long targetMillis) throws IOException, InterruptedException {
		List<Object[]> lines = this.jdbc.sql("""
				select u.code, p.code, c.code, pl.capital_type, pl.funding_source, pl.origin_year
				from plan_line pl join org_unit u on u.id = pl.org_unit_id join program p on p.id = pl.program_id
				join program_component c on c.id = pl.component_id
				where u.code like 'BENCH!_%' escape '!' and pl.plan_year = 2025 order by pl.id limit :rows
				""")
			.param("rows", rows)
			.query((rs,
					row) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
							rs.getString(5), rs.getInt(6) })
			.list();
		assertThat(lines).as("plan lines to import into").hasSize(rows);
		int[] run = { 0 };
		// the files, one a run, are made before they are timed: the user comes with his
		List<byte[]> files = new ArrayList<>();
		for (int r = 1; r <= 4; r++) {
			Object[][] sheet = new Object[rows][];
			for (int i = 0; i < rows; i++) {
				Object[] line = lines.get(i);
				sheet[i] = new Object[] { line[0], line[1], line[2], line[3], line[4], line[5], r, "", "",
						"Đo thời gian nhập" };
			}
			files.add(DisbursementSheets.sheet(sheet));
		}
		return time(name, targetMillis, 1, 3, () -> {
			run[0]++;
			long started = System.nanoTime();
			String page = send(HttpRequest.newBuilder(uri("/imports?year=2025&quarter=3")).GET()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
			assertThat(csrf.find()).as("a CSRF token on the import page").isTrue();
			String boundary = "bench" + System.nanoTime();
			byte[] file = files.get(run[0] - 1);
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
					+ csrf.group(1) + "\r\n--" + boundary
					+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
					+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
				.getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file);
			body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
			HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/imports?year=2025&quarter=3"))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
			assertThat(answer.statusCode()).isEqualTo(200);
			Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(answer.body());
			assertThat(token.find()).as("the preview offers to import, but says: %s", textOf(answer.body())).isTrue();
			Matcher confirmCsrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(answer.body());
			assertThat(confirmCsrf.find()).isTrue();
			long previewed = System.nanoTime();
			HttpResponse<String> confirmed = send(HttpRequest.newBuilder(uri("/imports/confirm?year=2025&quarter=3"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("token=" + encode(token.group(1)) + "&_csrf=" + encode(confirmCsrf.group(1)))));
			assertThat(confirmed.statusCode()).isEqualTo(200);
			assertThat(this.jdbc
				.sql("select count(*) from disbursement d join plan_line pl on pl.id = d.plan_line_id "
						+ "join org_unit u on u.id = pl.org_unit_id where u.code like 'BENCH!_%' escape '!' "
						+ "and pl.plan_year = 2025 and d.quarter = 3 and d.amount_vnd = :amount")
				.param("amount", run[0] * 1_000_000L)
				.query(Long.class)
				.single()).as("every row written").isEqualTo(rows);
			System.out.printf("  import run %d: upload and preview %,d ms (a page of %,d kB), confirmation %,d ms%n",
					run[0], (previewed - started) / 1_000_000, answer.body().length() / 1024,
					(System.nanoTime() - previewed) / 1_000_000);
		});
	}

	/**
	 * A page's text without its markup, where it says what went wrong.
	 */
	private static String textOf(String page) {
		String text = page.replaceAll("(?s)<head>.*</head>", "").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ");
		int main = text.indexOf("Chưa nhập gì");
		return text.substring(Math.max(0, main), Math.min(text.length(), Math.max(0, main) + 1500));
	}

	private Measure time(String name, long targetMillis, Request request) throws IOException, InterruptedException {
		return time(name, targetMillis, WARM_UP, RUNS, request);
	}

	/**
	 * Sends the request {@code warmUp} times, then times it {@code runs} times; not at
	 * all ({@code null}) when {@code -Dbenchmark.only} names other requests: a regular
	 * expression found in the names of those to measure.
	 */
	private Measure time(String name, long targetMillis, int warmUp, int runs, Request request)
			throws IOException, InterruptedException {
		String only = System.getProperty("benchmark.only", "");
		if (!Pattern.compile(only).matcher(name).find()) {
			return null;
		}
		for (int i = 0; i < warmUp; i++) {
			request.send();
		}
		List<Long> millis = new ArrayList<>();
		for (int i = 0; i < runs; i++) {
			this.statements.reset();
			long started = System.nanoTime();
			request.send();
			millis.add((System.nanoTime() - started) / 1_000_000);
		}
		String lastRunStatements = this.statements.report();
		millis.sort(Long::compare);
		return new Measure(name, millis.get(runs / 2), millis.get((int) Math.ceil(runs * 0.95) - 1),
				millis.get(runs - 1), targetMillis, lastRunStatements);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	@FunctionalInterface
	private interface Request {

		void send() throws IOException, InterruptedException;

	}

	private record Measure(String name, long median, long p95, long max, long target, String statements) {

		boolean withinTarget() {
			return this.median <= this.target;
		}

		String line() {
			return String.format("%-38s %6d ms %6d ms %6d ms %6d ms  %s%n%41s%s", this.name, this.median, this.p95,
					this.max, this.target, withinTarget() ? "ok" : "ABOVE TARGET", "", this.statements);
		}

		@Override
		public String toString() {
			return line();
		}

	}

}
