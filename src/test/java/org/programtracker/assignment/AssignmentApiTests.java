package org.programtracker.assignment;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/assignments} over real HTTP, as DESIGN.md's write API has it:
 * exactly its fields, 201 with the assignment, problem details for 400, 404 and 409.
 * Writes commit, as in production; each test removes the assignments it made (decision
 * numbers starting with {@code API-}) and their audit rows.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AssignmentApiTests {

	private static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestsWrote() {
		this.jdbc.sql("""
				delete from audit_entry where subject = 'ASSIGNMENT'
				  and (new_value ->> 'decisionNumber' like 'API-%' or old_value ->> 'decisionNumber' like 'API-%')
				""").update();
		this.jdbc.sql("delete from assignment where decision_number like 'API-%'").update();
	}

	@Test
	void shouldRecordCapitalFromOutsideTheTreeWithTheDefaultsAndAnswer201() throws Exception {
		HttpResponse<String> response = post("admin", """
				{"orgUnit":"NAM_NHUN","program":"DTTS","capitalType":"INVESTMENT","planYear":2026,
				 "amountVnd":91250000000,"decisionNumber":"API-1850/QĐ-UBND","decisionDate":"2025-12-15"}
				""");

		assertThat(response.statusCode()).isEqualTo(201);
		Map<String, Object> body = readMap(response.body());
		assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/assignments/" + body.get("id"));
		assertThat(body).containsEntry("version", 0)
			.containsEntry("orgUnit", "NAM_NHUN")
			.containsEntry("from", null)
			.containsEntry("program", "DTTS")
			.containsEntry("capitalType", "INVESTMENT")
			.containsEntry("fundingSource", "CENTRAL")
			.containsEntry("planYear", 2026)
			.containsEntry("originYear", 2026)
			.containsEntry("decisionNumber", "API-1850/QĐ-UBND")
			.containsEntry("decisionDate", "2025-12-15");
		assertThat(new BigDecimal(body.get("amountVnd").toString())).isEqualByComparingTo("91250000000");
		assertThat(response.body()).contains("\"amountVnd\":91250000000", "\"from\":null");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where subject = 'ASSIGNMENT' and action = 'CREATE'
				  and username = 'admin' and new_value ->> 'decisionNumber' = 'API-1850/QĐ-UBND'
				""").query(Long.class).single()).isOne();

		HttpResponse<String> read = get("/api/v1/assignments/" + body.get("id"), "viewer");
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(readMap(read.body())).isEqualTo(body);
	}

	@Test
	void shouldLetACommunesEditorRecordTheDistrictsEnvelopeAndATakeBackWithTheirOwnFields() throws Exception {
		HttpResponse<String> envelope = post("editor", """
				{"orgUnit":"HUA_BUM","from":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,
				 "originYear":2024,"fundingSource":"LOCAL","amountVnd":-15000000,
				 "decisionNumber":"API-905/QĐ-UBND","decisionDate":"2025-07-10"}
				""");

		assertThat(envelope.statusCode()).isEqualTo(201);
		Map<String, Object> body = readMap(envelope.body());
		assertThat(body).containsEntry("from", "NAM_NHUN")
			.containsEntry("originYear", 2024)
			.containsEntry("fundingSource", "LOCAL")
			.containsEntry("amountVnd", -15000000);
	}

	@ParameterizedTest(name = "{0}: {2}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					decisionNumber | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionDate":"2025-07-02"}                                                    | must not be blank
					amountVnd      | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000.5,"decisionNumber":"API-1","decisionDate":"2025-07-02"}                  | fraction of a đồng
					amountVnd      | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":0,"decisionNumber":"API-1","decisionDate":"2025-07-02"}                          | An assignment of nothing changes nothing
					capitalType    | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"CASH","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}                         | 'CASH' is not a valid capitalType.
					fundingSource  | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","fundingSource":"WORLD_BANK","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"} | 'WORLD_BANK' is not a valid fundingSource.
					originYear     | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"originYear":2026,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}  | The origin year cannot be after the plan year.
					decisionDate   | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2021-07-02"}                    | dated in 2024, 2025 or 2026
					from           | {"orgUnit":"HUA_BUM","from":"NAM_HANG","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}   | Capital is granted to Xã Hua Bum by a unit above it
					from           | {"orgUnit":"HUA_BUM","from":"NOWHERE","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}    | Capital is granted to Xã Hua Bum by a unit above it
					program        | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2026,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2026-07-02"}                    | The program NTM does not run in 2026
					component      | {"orgUnit":"NAM_NHUN","program":"NTM","component":"ND02","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"} | 'component' is not a field of this request.
					""")
	void shouldAnswer400NamingTheFieldAtFault(String field, String body, String detail) throws Exception {
		HttpResponse<String> response = post("admin", body);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		Map<?, ?> problem = json.readValue(response.body(), Map.class);
		assertThat(problem.get("status")).isEqualTo(400);
		assertThat(problem.get("field")).isEqualTo(field);
		assertThat((String) problem.get("detail")).contains(detail);
		assertThat(response.body()).doesNotContain("Exception", "at org.");
		assertThat(count()).isZero();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
					orgUnit | admin  | {"orgUnit":"NOWHERE","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}
					program | admin  | {"orgUnit":"NAM_NHUN","program":"NOPE","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}
					orgUnit | editor | {"orgUnit":"NAM_HANG","from":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}
					orgUnit | editor | {"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,"amountVnd":1000000,"decisionNumber":"API-1","decisionDate":"2025-07-02"}
					""")
	void shouldAnswer404ForAnUnknownUnitOrProgramOrOneOutsideTheScope(String parameter, String user, String body)
			throws Exception {
		HttpResponse<String> response = post(user, body);

		assertThat(response.statusCode()).isEqualTo(404);
		Map<?, ?> problem = json.readValue(response.body(), Map.class);
		assertThat(problem.get("parameter")).isEqualTo(parameter);
		assertThat(response.body()).doesNotContain("Nậm Hàng", "Exception");
		assertThat(count()).isZero();
	}

	@Test
	void shouldAnswer409ForADecisionThatMovesAClosedQuarter() throws Exception {
		for (String date : List.of("2024-03-02", "2023-12-20")) {
			HttpResponse<String> response = post("admin", """
					{"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2024,
					 "amountVnd":1000000,"decisionNumber":"API-1/QĐ","decisionDate":"%s"}
					""".formatted(date));

			assertThat(response.statusCode()).as(date).isEqualTo(409);
			Map<?, ?> problem = json.readValue(response.body(), Map.class);
			assertThat((String) problem.get("detail")).contains("Quarter 1 of 2024 is closed");
			assertThat(problem.get("quarter")).isEqualTo(1);
			assertThat(problem.get("year")).isEqualTo(2024);
		}
		assertThat(count()).isZero();
	}

	@Test
	void shouldForbidReadersAndRefuseCallsWithoutValidCredentials() throws Exception {
		String body = """
				{"orgUnit":"NAM_NHUN","program":"NTM","capitalType":"RECURRENT","planYear":2025,
				 "amountVnd":1000000,"decisionNumber":"API-1/QĐ","decisionDate":"2025-07-02"}
				""";

		assertThat(post("viewer", body).statusCode()).isEqualTo(403);
		assertThat(post("officer", body).statusCode()).isEqualTo(403);
		assertThat(get("/api/v1/assignments/1", null).statusCode()).isEqualTo(401);
		HttpResponse<String> wrongPassword = post("nobody", "wrong", body);
		assertThat(wrongPassword.statusCode()).isEqualTo(401);
		assertThat(wrongPassword.body()).doesNotContain("Exception");
		assertThat(count()).isZero();
	}

	@Test
	void shouldAnswerAnotherCommunesAssignmentAsNotFound() throws Exception {
		long other = this.jdbc.sql("""
				select a.id from assignment a join org_unit u on u.id = a.org_unit_id
				where u.code = 'NAM_HANG' order by a.id limit 1
				""").query(Long.class).single();

		assertThat(get("/api/v1/assignments/" + other, "editor").statusCode()).isEqualTo(404);
		assertThat(get("/api/v1/assignments/" + other, "viewer").statusCode()).isEqualTo(200);
		assertThat(get("/api/v1/assignments/999999999", "admin").statusCode()).isEqualTo(404);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readMap(String body) {
		return json.readValue(body, Map.class);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from assignment where decision_number like 'API-%'")
			.query(Long.class)
			.single();
	}

	private HttpResponse<String> post(String username, String body) throws IOException, InterruptedException {
		return post(username, "demo", body);
	}

	private HttpResponse<String> post(String username, String password, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = request("/api/v1/assignments", username, password).header("Content-Type",
				"application/json");
		return this.http.send(request.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String username) throws IOException, InterruptedException {
		return this.http.send(request(path, username, "demo").GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String username, String password) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (username != null) {
			String credentials = username + ":" + password;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return request;
	}

}
