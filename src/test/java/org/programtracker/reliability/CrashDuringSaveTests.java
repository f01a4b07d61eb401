package org.programtracker.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application killed with SIGKILL in the middle of its largest writes: a grid of
 * 1,000 plan lines saved, a sheet of 400 rows confirmed, the carry-over of 1,000 lines.
 * It runs in a JVM of its own on an embedded PostgreSQL folder of its own
 * ({@code target/crash-pg}); the kill lands while the write's transaction holds its first
 * rows (seen in {@code pg_locks}), then the application starts again on the same folder.
 * What the database then holds is all of the write or none of it — the transaction's fate
 * read from PostgreSQL itself ({@code pg_xact_status}) — and every figure has its audit
 * row: no entry, decision or year-end outcome without one, no carried line without its
 * outcome. The grid save kills the JVM alone (its PostgreSQL left running, orphaned: the
 * next start stops it, the stale-postmaster case), the import kills the JVM and
 * PostgreSQL together (a power cut: PostgreSQL recovers from its WAL), the carry-over the
 * JVM alone again. Each restart must be clean: ready, no error logged, and a write
 * through the API lands.
 * <p>
 * Four starts of the application take three to five minutes, so this test runs when
 * {@code RELIABILITY_PROCESS_TESTS=1} is set, as {@code reliability/run} sets it, and is
 * skipped in {@code ./mvnw verify}.
 */
@EnabledIfEnvironmentVariable(named = "RELIABILITY_PROCESS_TESTS", matches = "1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashDuringSaveTests {

	private static final int COMMUNES = 500;

	private static final int LINES = 2 * COMMUNES;

	/**
	 * Rows of the imported sheet: its preview checks each one by the grid's rules first,
	 * which takes a while on a busy 2-core machine.
	 */
	private static final int IMPORTED = 400;

	private static final String SUBTREE = """
			select pl.id from plan_line pl join org_unit u on u.id = pl.org_unit_id
			where u.path like '/CRASH/%' and pl.plan_year = 2025""";

	private static ApplicationProcess app;

	private static long seededAllocations;

	private HttpClient http;

	@BeforeAll
	static void startOnAFreshFolderWithAProvinceOf1000Lines() throws Exception {
		app = new ApplicationProcess(Path.of("target/crash-pg"), Path.of("target/crash-logs"));
		Duration first = app.start(true);
		System.out.printf("crash: first start (new cluster, migrations, demo data) ready in %.1f s%n",
				first.toMillis() / 1000.0);
		try (Connection db = app.database(); Statement sql = db.createStatement()) {
			sql.executeUpdate(
					"""
							insert into org_unit (code, name, kind, path) values ('CRASH', 'Tỉnh Thử Sập Nguồn', 'PROVINCE', '/CRASH/')
							""");
			sql.executeUpdate("""
					insert into org_unit (code, name, kind, parent_id, path, sort_order)
					select 'CRASH_C' || lpad(c::text, 3, '0'), 'Xã Sập ' || c, 'COMMUNE', p.id,
					       '/CRASH/CRASH_C' || lpad(c::text, 3, '0') || '/', c
					from generate_series(1, %d) c, org_unit p where p.code = 'CRASH'
					""".formatted(COMMUNES));
			sql.executeUpdate(
					"""
							insert into plan_line (org_unit_id, program_id, capital_type, plan_year, origin_year)
							select u.id, p.id, t.capital_type, 2025, 2025
							from org_unit u cross join program p cross join (values ('INVESTMENT'), ('RECURRENT')) t (capital_type)
							where u.path like '/CRASH/%' and u.kind = 'COMMUNE' and p.code = 'NTM'
							""");
			sql.executeUpdate("""
					insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd)
					select pl.id, 'ALLOCATION', 'CRASH-' || pl.id, date '2025-01-15', 1000000000
					from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.path like '/CRASH/%'
					""");
			seededAllocations = single(db, "select max(id) from allocation").longValue();
		}
	}

	@AfterAll
	static void stop() throws Exception {
		if (app != null) {
			app.close();
		}
	}

	@BeforeEach
	void signedOut() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	@Test
	@Order(1)
	void shouldKeepAllOrNothingOfAGridSaveWhenTheJvmIsKilledMidway() throws Exception {
		signIn();
		String grid = "/disbursements?orgUnit=CRASH&year=2025&quarter=3";
		String page = send(HttpRequest.newBuilder(app.uri(grid)).GET()).body();
		String form = page.substring(page.indexOf("id=\"grid-form\""),
				page.indexOf("</form>", page.indexOf("id=\"grid-form\"")));
		List<Map.Entry<String, String>> fields = fields(form);
		assertThat(fields).filteredOn(field -> field.getKey().endsWith(".lineId")).hasSize(LINES);
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(page)));
		BigDecimal typed = BigDecimal.ZERO;
		for (Map.Entry<String, String> field : fields) {
			String value = field.getValue();
			Matcher amount = Pattern.compile("rows\\[(\\d+)\\]\\.amount").matcher(field.getKey());
			if (amount.matches()) {
				int millions = Integer.parseInt(amount.group(1)) % 9 + 1;
				typed = typed.add(BigDecimal.valueOf(millions * 1_000_000L));
				value = String.valueOf(millions);
			}
			body.append('&').append(encode(field.getKey())).append('=').append(encode(value));
		}
		Snapshot before = snapshot(3);
		String progressBefore = progress(3);

		Killed killed = killDuring(HttpRequest.newBuilder(app.uri(grid))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())), "disbursement", false);

		assertThat(app.postmaster()).as("the JVM's PostgreSQL left running, orphaned").isPresent();
		Duration restart = app.start(false);
		assertThat(app.log()).contains("Stopping a PostgreSQL (pid", "left running on");
		Snapshot after = snapshot(3);
		String fate = fateOf(killed.xid());
		report("grid save of " + LINES + " lines, JVM killed", killed, fate, before, after, restart);
		assertAllOrNothing(before, after, LINES, typed, progressBefore, progress(3));
		assertThat(fate).as("the transaction's fate as PostgreSQL recorded it")
			.isEqualTo((after.entries() == 0) ? "aborted" : "committed");
		assertCleanStart();
	}

	@Test
	@Order(2)
	void shouldKeepAllOrNothingOfAnImportWhenTheMachineLosesPowerMidway() throws Exception {
		signIn();
		String query = "?year=2025&quarter=4&orgUnit=CRASH";
		String importPage = send(HttpRequest.newBuilder(app.uri("/imports" + query)).GET()).body();
		String boundary = UUID.randomUUID().toString();
		byte[] multipart = multipart(boundary, csrf(importPage), sheetOfLines(2));
		HttpResponse<String> preview = send(HttpRequest.newBuilder(app.uri("/imports" + query))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(multipart)));
		assertThat(preview.body()).contains("Xác nhận nhập");
		Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview.body());
		assertThat(token.find()).isTrue();
		Snapshot before = snapshot(4);
		String progressBefore = progress(4);

		Killed killed = killDuring(
				HttpRequest.newBuilder(app.uri("/imports/confirm" + query))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers
						.ofString("token=" + encode(token.group(1)) + "&_csrf=" + encode(csrf(preview.body())))),
				"disbursement", true);

		assertThat(app.postmaster()).as("PostgreSQL died with the JVM").isEmpty();
		Duration restart = app.start(false);
		String fate = fateOf(killed.xid());
		Snapshot after = snapshot(4);
		report("import confirm of " + IMPORTED + " rows, JVM and PostgreSQL killed", killed, fate, before, after,
				restart);
		assertAllOrNothing(before, after, IMPORTED, BigDecimal.valueOf(2_000_000L * IMPORTED), progressBefore,
				progress(4));
		assertCleanStart();
	}

	@Test
	@Order(3)
	void shouldKeepAllOrNothingOfACarryOverWhenTheJvmIsKilledMidway() throws Exception {
		Snapshot before = snapshot(4);
		BigDecimal remainders;
		try (Connection db = app.database()) {
			remainders = single(db, """
					select (select sum(amount_vnd) from allocation where plan_line_id in (%1$s))
					     - (select coalesce(sum(amount_vnd), 0) from disbursement where plan_line_id in (%1$s))
					""".formatted(SUBTREE));
		}
		assertThat(before.outcomes()).isZero();

		Killed killed = killDuring(HttpRequest.newBuilder(app.uri("/api/v1/plan-years/2025/carry-over"))
			.header("Authorization", basicAdmin())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("""
					{"decisionNumber": "99/QĐ-CRASH", "decisionDate": "2026-02-20", "orgUnit": "CRASH"}
					""")), "year_end_outcome", false);

		Duration restart = app.start(false);
		assertThat(app.log()).contains("Stopping a PostgreSQL (pid");
		Snapshot after = snapshot(4);
		String fate = fateOf(killed.xid());
		report("carry-over of " + LINES + " lines, JVM killed", killed, fate, before, after, restart);
		assertThat(after.orphans()).as("every figure with its audit row, every carried line with its outcome").isZero();
		assertThat(after.outcomes()).as("all of it or none of it").isIn(0L, (long) LINES);
		assertThat(fate).as("the transaction's fate as PostgreSQL recorded it")
			.isEqualTo((after.outcomes() == 0) ? "aborted" : "committed");
		if (after.outcomes() == LINES) {
			assertThat(after.carriedLines()).isEqualTo(LINES);
			assertThat(after.carriedPlan()).isEqualByComparingTo(remainders);
		}
		else {
			assertThat(after).as("none of it").isEqualTo(before);
		}
		assertCleanStart();
	}

	/**
	 * Sends the write and kills the application once the write's transaction holds rows
	 * of {@code table} and of the audit trail, before it has answered.
	 */
	private Killed killDuring(HttpRequest.Builder request, String table, boolean withDatabase) throws Exception {
		try (Connection db = app.database(); PreparedStatement writing = db.prepareStatement("""
				select a.backend_xid::text from pg_stat_activity a
				where a.backend_xid is not null and a.pid <> pg_backend_pid()
				  and exists (select 1 from pg_locks l where l.pid = a.pid and l.mode = 'RowExclusiveLock'
				              and l.relation = ?::regclass)
				""")) {
			writing.setString(1, table);
			long sent = System.nanoTime();
			CompletableFuture<HttpResponse<String>> answer = this.http.sendAsync(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			while (!answer.isDone()) {
				try (ResultSet found = writing.executeQuery()) {
					if (found.next()) {
						String xid = found.getString(1);
						long afterMillis = (System.nanoTime() - sent) / 1_000_000;
						if (withDatabase) {
							app.killJvmAndDatabase();
						}
						else {
							app.killJvm();
						}
						assertThat(answer).as("no answer from a killed application")
							.failsWithin(Duration.ofSeconds(30));
						return new Killed(xid, afterMillis);
					}
				}
				Thread.sleep(2);
			}
			throw new AssertionError("The write answered " + answer.get().statusCode() + " before it could be killed");
		}
	}

	/**
	 * Either no entry of the quarter was kept, and every figure and audit row is as it
	 * was, or every one of them was, each with its audit row.
	 */
	private void assertAllOrNothing(Snapshot before, Snapshot after, int written, BigDecimal typed,
			String progressBefore, String progressAfter) {
		assertThat(after.orphans()).as("no entry without its audit row").isZero();
		assertThat(after.entries()).as("all of it or none of it").isIn(before.entries(), (long) written);
		if (after.entries() == written) {
			assertThat(after.disbursed()).isEqualByComparingTo(typed);
			assertThat(after.audits() - before.audits()).isEqualTo(written);
		}
		else {
			assertThat(after).as("none of it").isEqualTo(before);
			assertThat(progressAfter).as("the progress API's figures").isEqualTo(progressBefore);
		}
	}

	/**
	 * After a restart: nothing logged at ERROR, and a write through the API lands.
	 */
	private void assertCleanStart() throws Exception {
		assertThat(app.log()).doesNotContain(" ERROR ");
		HttpResponse<String> put = sendWithoutSession(HttpRequest.newBuilder(app.uri("/api/v1/disbursements"))
			.header("Authorization", basicAdmin())
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("""
					{"orgUnit": "HUA_BUM", "program": "GNBV", "component": "DA1", "capitalType": "INVESTMENT",
					 "planYear": 2024, "quarter": 4, "amountVnd": 1000000}
					""")));
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
	}

	/**
	 * What PostgreSQL recorded of a transaction: committed or aborted. After a power cut
	 * a transaction that never committed may have left nothing in the write-ahead log,
	 * not even its id, which the recovered server then hands out again: its status then
	 * says nothing of the killed transaction, and only the figures tell.
	 */
	private static String fateOf(String xid) throws SQLException {
		try (Connection db = app.database();
				PreparedStatement fate = db.prepareStatement("select pg_xact_status(?::xid8)")) {
			fate.setString(1, xid);
			try (ResultSet result = fate.executeQuery()) {
				result.next();
				return result.getString(1);
			}
			catch (SQLException ex) {
				if (ex.getMessage().contains("is in the future")) {
					return "not in the recovered write-ahead log";
				}
				throw ex;
			}
		}
	}

	/**
	 * The figures of the province's lines and what vouches for them.
	 */
	private static Snapshot snapshot(int quarter) throws SQLException {
		try (Connection db = app.database()) {
			String entries = "select d.* from disbursement d where d.quarter = " + quarter + " and d.plan_line_id in ("
					+ SUBTREE + ")";
			return new Snapshot(single(db, "select count(*) from (" + entries + ") e").longValue(),
					single(db, "select coalesce(sum(amount_vnd), 0) from (" + entries + ") e"),
					single(db, "select count(*) from audit_entry").longValue(),
					single(db, "select count(*) from year_end_outcome where plan_line_id in (" + SUBTREE + ")")
						.longValue(),
					single(db, "select count(*) from plan_line where carried_from_id in (" + SUBTREE + ")").longValue(),
					single(db,
							"""
									select coalesce(sum(a.amount_vnd), 0) from allocation a join plan_line pl on pl.id = a.plan_line_id
									where pl.carried_from_id in (%s)"""
								.formatted(SUBTREE)),
					single(db,
							"""
											select (select count(*) from disbursement d where d.plan_line_id in (%1$s) and not exists
									          (select 1 from audit_entry a where a.subject = 'DISBURSEMENT' and a.subject_id = d.id))
									     + (select count(*) from allocation x where x.id > %2$d and not exists (select 1 from audit_entry a
									          where a.subject = 'ALLOCATION' and a.subject_id = x.id))
									     + (select count(*) from year_end_outcome o where o.plan_line_id in (%1$s) and not exists
									          (select 1 from audit_entry a where a.subject = 'YEAR_END_OUTCOME' and a.subject_id = o.id))
									     + (select count(*) from plan_line pl where pl.carried_from_id in (%1$s) and not exists
									          (select 1 from year_end_outcome o where o.carried_line_id = pl.id))
									"""
								.formatted(SUBTREE, seededAllocations))
						.longValue());
		}
	}

	private static BigDecimal single(Connection db, String sql) throws SQLException {
		try (Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getBigDecimal(1);
		}
	}

	private static void report(String what, Killed killed, String fate, Snapshot before, Snapshot after,
			Duration restart) {
		System.out.printf(
				"crash: %s %d ms after the request, its transaction %s writing: %s; entries %d -> %d, audit rows %d -> %d,"
						+ " outcomes %d -> %d, orphans %d; next start ready in %.1f s%n",
				what, killed.afterMillis(), killed.xid(), fate, before.entries(), after.entries(), before.audits(),
				after.audits(), before.outcomes(), after.outcomes(), after.orphans(), restart.toMillis() / 1000.0);
	}

	private String progress(int quarter) throws IOException, InterruptedException {
		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(app.uri("/api/v1/progress?year=2025&quarter=" + quarter + "&orgUnit=CRASH"))
					.header("Authorization", basicAdmin()));
		assertThat(answer.statusCode()).isEqualTo(200);
		return answer.body();
	}

	private static byte[] sheetOfLines(int millions) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			String[] header = { "org_unit", "program", "capital_type", "amount_million" };
			Row first = sheet.createRow(0);
			for (int c = 0; c < header.length; c++) {
				first.createCell(c).setCellValue(header[c]);
			}
			int r = 1;
			for (int commune = 1; commune <= IMPORTED / 2; commune++) {
				for (String type : List.of("INVESTMENT", "RECURRENT")) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue("CRASH_C%03d".formatted(commune));
					row.createCell(1).setCellValue("NTM");
					row.createCell(2).setCellValue(type);
					row.createCell(3).setCellValue(millions);
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private static byte[] multipart(String boundary, String csrf, byte[] sheet) throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"crash.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.write(sheet);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	private void signIn() throws IOException, InterruptedException {
		String loginPage = send(HttpRequest.newBuilder(app.uri("/login")).GET()).body();
		HttpResponse<String> answer = send(HttpRequest.newBuilder(app.uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers
				.ofString("username=admin&password=demo&_csrf=" + encode(csrf(loginPage)))));
		assertThat(answer.uri().getPath()).as("signed in").isNotEqualTo("/login");
	}

	private static String basicAdmin() {
		return "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * An API client's request: HTTP Basic and no session cookie, so no CSRF token.
	 */
	private static HttpResponse<String> sendWithoutSession(HttpRequest.Builder request)
			throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(request.timeout(Duration.ofSeconds(120)).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.timeout(Duration.ofSeconds(300)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static List<Map.Entry<String, String>> fields(String form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Matcher input = Pattern.compile("<input[^>]*>").matcher(form);
		while (input.find()) {
			Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
			if (name.find() && !name.group(1).equals("_csrf")) {
				fields.add(Map.entry(HtmlUtils.htmlUnescape(name.group(1)),
						value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : ""));
			}
		}
		return fields;
	}

	private static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
		return csrf.group(1);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	record Killed(String xid, long afterMillis) {

	}

	record Snapshot(long entries, BigDecimal disbursed, long audits, long outcomes, long carriedLines,
			BigDecimal carriedPlan, long orphans) {

	}

}
