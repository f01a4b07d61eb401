package org.programtracker.reorganisation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reorganisation calls of DESIGN.md's API contract over real HTTP: two communes of
 * the demo district merge into a commune created from 1 July 2025; the district's total
 * does not move, the new commune carries their history, the merged ones answer 404 (read)
 * and 409 (write) naming it. Removes what it wrote.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ReorganisationApiTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestWrote() {
		String units = "(select id from org_unit where code like 'API!_%' escape '!')";
		String lines = "(select id from plan_line where org_unit_id in " + units + ")";
		this.jdbc.sql("delete from disbursement where plan_line_id in " + lines).update();
		this.jdbc.sql("delete from allocation where plan_line_id in " + lines).update();
		this.jdbc
			.sql("delete from audit_entry where org_unit_id in " + units
					+ " or (subject = 'ORG_UNIT' and subject_id in " + units + ")")
			.update();
		this.jdbc.sql("delete from reorganisation where org_unit_id in " + units).update();
		this.jdbc.sql("delete from plan_line where org_unit_id in " + units).update();
		this.jdbc.sql("update org_unit set successor_id = null where code like 'API!_%' escape '!'").update();
		this.jdbc.sql("delete from org_unit where code like 'API!_%' escape '!' and parent_id in " + units).update();
		this.jdbc.sql("delete from org_unit where code like 'API!_%' escape '!'").update();
	}

	@Test
	void shouldMergeTwoCommunesIntoANewOneAndAnswerAsTheContractSays() throws Exception {
		JsonNode created = body(send("POST", "/api/v1/org-units",
				"{\"code\":\"API_NEW\",\"name\":\"Xã Mới\",\"parent\":\"NAM_NHUN\",\"validFrom\":\"2025-07-01\"}"),
				201);
		assertThat(created.get("validFrom").asString()).isEqualTo("2025-07-01");
		body(send("POST", "/api/v1/org-units", "{\"code\":\"API_A\",\"name\":\"Xã A\",\"parent\":\"NAM_NHUN\"}"), 201);
		body(send("POST", "/api/v1/org-units", "{\"code\":\"API_B\",\"name\":\"Xã B\",\"parent\":\"NAM_NHUN\"}"), 201);
		allocate("API_A", 1_000_000_000L);
		allocate("API_B", 2_000_000_000L);
		body(send("PUT", "/api/v1/disbursements", """
				{"orgUnit":"API_A","program":"NTM","capitalType":"INVESTMENT","planYear":2025,
				 "quarter":2,"amountVnd":300000000}"""), 200);
		JsonNode districtBefore = row(progress("NAM_NHUN", 3, 200));

		JsonNode merged = body(send("POST", "/api/v1/org-units/API_A/merge",
				"{\"into\":\"API_NEW\",\"effectiveDate\":\"2025-07-01\",\"decisionNumber\":\"1670/NQ-UBTVQH15\"}"),
				200);
		body(send("POST", "/api/v1/org-units/API_B/merge",
				"{\"into\":\"API_NEW\",\"effectiveDate\":\"2025-07-01\",\"decisionNumber\":\"1670/NQ-UBTVQH15\"}"),
				200);

		assertThat(merged.get("kind").asString()).isEqualTo("MERGE");
		assertThat(merged.get("target").asString()).isEqualTo("API_NEW");
		assertThat(merged.get("linesPassed").asInt()).isEqualTo(1);
		assertThat(row(progress("NAM_NHUN", 3, 200))).isEqualTo(districtBefore);
		JsonNode successor = row(progress("API_NEW", 3, 200));
		assertThat(successor.get("planVnd").asLong()).isEqualTo(3_000_000_000L);
		assertThat(successor.get("disbursedVnd").asLong()).isEqualTo(300_000_000L);
		assertThat(successor.get("percentOfPlan").decimalValue()).isEqualByComparingTo("10.0");
		assertThat(row(progress("API_A", 2, 200)).get("disbursedVnd").asLong()).isEqualTo(300_000_000L);

		JsonNode gone = progress("API_A", 3, 404);
		assertThat(gone.get("type").asString()).isEqualTo("urn:program-tracker:unit-not-in-period");
		assertThat(gone.get("successor").asString()).isEqualTo("API_NEW");
		assertThat(gone.get("detail").asString())
			.isEqualTo("Xã A no longer existed on 30/09/2025; its successor is Xã Mới.");
		JsonNode notYet = progress("API_NEW", 2, 404);
		assertThat(notYet.get("successor").isNull()).isTrue();

		JsonNode refused = body(send("PUT", "/api/v1/disbursements", """
				{"orgUnit":"API_A","program":"NTM","capitalType":"INVESTMENT","planYear":2025,
				 "quarter":3,"amountVnd":1}"""), 409);
		assertThat(refused.get("type").asString()).isEqualTo("urn:program-tracker:unit-succeeded");
		assertThat(refused.get("successor").asString()).isEqualTo("API_NEW");
	}

	@Test
	void shouldMoveAUnitAndRefuseToCloseOneWithLinesNotPassedOn() throws Exception {
		body(send("POST", "/api/v1/org-units", "{\"code\":\"API_A\",\"name\":\"Xã A\",\"parent\":\"NAM_NHUN\"}"), 201);
		allocate("API_A", 1_000_000_000L);

		JsonNode moved = body(send("POST", "/api/v1/org-units/API_A/move",
				"{\"parent\":\"TT_NAM_NHUN\",\"effectiveDate\":\"2025-07-01\"}"), 200);
		JsonNode notClosed = body(send("POST", "/api/v1/org-units/API_A/close", "{\"effectiveDate\":\"2025-08-01\"}"),
				409);
		JsonNode unknown = body(send("POST", "/api/v1/org-units/API_A/close",
				"{\"effectiveDate\":\"2025-08-01\",\"succesor\":\"LE_LOI\"}"), 400);

		assertThat(moved.get("unitsMoved").get(0).asString()).isEqualTo("API_A");
		assertThat(row(progress("TT_NAM_NHUN", 3, 200)).get("planVnd").asLong()).isGreaterThanOrEqualTo(1_000_000_000L);
		assertThat(notClosed.get("detail").asString()).contains("1 plan lines have not been passed on");
		assertThat(unknown.get("field").asString()).isEqualTo("succesor");
		assertThat(send("POST", "/api/v1/org-units/API_A/move",
				"{\"parent\":\"NAM_NHUN\",\"effectiveDate\":\"2025-07-01\"}", "editor")
			.statusCode()).isEqualTo(403);
	}

	private void allocate(String unit, long amount) throws IOException, InterruptedException {
		body(send("POST", "/api/v1/allocations", """
				{"orgUnit":"%s","program":"NTM","capitalType":"INVESTMENT","planYear":2025,"amountVnd":%d,
				 "decisionNumber":"9/QĐ-API","decisionDate":"2025-01-10"}""".formatted(unit, amount)), 201);
	}

	private JsonNode progress(String unit, int quarter, int status) throws IOException, InterruptedException {
		return body(send("GET", "/api/v1/progress?year=2025&quarter=" + quarter + "&orgUnit=" + unit, null), status);
	}

	private static JsonNode row(JsonNode report) {
		for (JsonNode row : report.get("rows")) {
			if (row.get("program").asString().equals("NTM") && row.get("capitalType").asString().equals("INVESTMENT")) {
				return row;
			}
		}
		throw new AssertionError("No NTM investment row in " + report);
	}

	private HttpResponse<String> send(String method, String path, String body)
			throws IOException, InterruptedException {
		return send(method, path, body, "admin");
	}

	private HttpResponse<String> send(String method, String path, String body, String user)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		return this.http
			.send(request
				.method(method,
						(body == null) ? HttpRequest.BodyPublishers.noBody()
								: HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

}
