package org.programtracker.disbursement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
 * A unit's quarter through the API over real HTTP, and a quarter closed for one subtree:
 * the answers of DESIGN.md's write API (state JSON, problem details 400/403/404/409).
 * Works in 2024 Q3 of Hua Bum, which the demo leaves untouched, and removes what it
 * wrote.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SubmissionApiTests {

	private static final String Q3 = "/api/v1/org-units/HUA_BUM/quarters/2024/3";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void addTheDistrictsEditor() {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, org_unit_id)
				select 'district', e.password_hash, 'Kế toán huyện Nậm Nhùn', 'EDITOR', u.id
				from app_user e, org_unit u where e.username = 'editor' and u.code = 'NAM_NHUN'""").update();
	}

	@AfterEach
	void removeWhatTheTestWrote() {
		this.jdbc.sql("delete from quarter_program_approval where year = 2024 and quarter = 3").update();
		this.jdbc.sql("delete from quarter_submission where year = 2024 and quarter = 3").update();
		this.jdbc.sql("""
				delete from app_user_program where user_id = (select id from app_user where username = 'officer')
				  and program_id = (select id from program where code = 'DTTS')""").update();
		this.jdbc.sql("delete from reporting_period_unit where year = 2024 and quarter = 3").update();
		this.jdbc.sql("delete from audit_entry where subject = 'PERIOD' and year = 2024 and quarter = 3").update();
		this.jdbc.sql("delete from app_user where username = 'district'").update();
	}

	@Test
	void shouldSubmitReturnApproveAndReopenAUnitsQuarter() throws Exception {
		assertThat(body(send("GET", Q3, "editor", null), 200).get("state").asString()).isEqualTo("OPEN");

		JsonNode submitted = body(send("POST", Q3 + "/submit", "editor", null), 200);
		assertThat(submitted.get("orgUnit").asString()).isEqualTo("HUA_BUM");
		assertThat(submitted.get("year").asInt()).isEqualTo(2024);
		assertThat(submitted.get("quarter").asInt()).isEqualTo(3);
		assertThat(submitted.get("state").asString()).isEqualTo("SUBMITTED");
		assertThat(submitted.get("submittedBy").asString()).isEqualTo("editor");
		assertThat(submitted.get("submittedAt").asString()).isNotBlank();

		assertThat(send("POST", Q3 + "/approve", "editor", null).statusCode()).as("not the unit itself").isEqualTo(403);
		assertThat(send("POST", Q3 + "/approve", "officer", null).statusCode()).isEqualTo(403);
		JsonNode noReason = body(send("POST", Q3 + "/return", "district", "{}"), 400);
		assertThat(noReason.get("field").asString()).isEqualTo("reason");
		assertThat(noReason.get("detail").asString()).isEqualTo("Please say why the quarter goes back to the unit.");

		JsonNode returned = body(send("POST", Q3 + "/return", "district", "{\"reason\":\"Thiếu chứng từ\"}"), 200);
		assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("decidedBy").asString()).isEqualTo("district");
		assertThat(returned.get("reason").asString()).isEqualTo("Thiếu chứng từ");
		JsonNode notAwaiting = body(send("POST", Q3 + "/approve", "district", null), 409);
		assertThat(notAwaiting.get("type").asString()).isEqualTo("urn:program-tracker:wrong-state");
		assertThat(notAwaiting.get("detail").asString()).contains("not awaiting a decision (state: Returned)");

		assertThat(body(send("POST", Q3 + "/submit", "editor", null), 200).get("state").asString())
			.isEqualTo("SUBMITTED");
		JsonNode approved = body(send("POST", Q3 + "/approve", "district", null), 200);
		assertThat(approved.get("state").asString()).isEqualTo("APPROVED");
		assertThat(approved.get("decidedBy").asString()).isEqualTo("district");
		assertThat(approved.get("reason").isNull()).isTrue();

		JsonNode again = body(send("POST", Q3 + "/submit", "editor", null), 409);
		assertThat(again.get("type").asString()).isEqualTo("urn:program-tracker:quarter-approved");
		assertThat(again.get("approvedBy").asString()).isEqualTo("district");

		assertThat(body(send("POST", Q3 + "/reopen", "district", null), 400).get("field").asString())
			.isEqualTo("reason");
		JsonNode reopened = body(send("POST", Q3 + "/reopen", "admin", "{\"reason\":\"Kho bạc điều chỉnh\"}"), 200);
		assertThat(reopened.get("state").asString()).isEqualTo("OPEN");
		assertThat(reopened.get("decidedBy").asString()).isEqualTo("admin");
		assertThat(reopened.get("reason").asString()).isEqualTo("Kho bạc điều chỉnh");

		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry a join org_unit u on u.id = a.org_unit_id
				where u.code = 'HUA_BUM' and a.subject = 'PERIOD' and a.year = 2024 and a.quarter = 3""")
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void shouldAnswerProblemDetailsForAnUnknownUnitAnotherCommuneAndTheExtensionPeriod() throws Exception {
		assertThat(
				body(send("POST", "/api/v1/org-units/NO_SUCH/quarters/2024/3/submit", "admin", null), 404).get("type")
					.asString())
			.isEqualTo("urn:program-tracker:not-found");
		assertThat(send("POST", "/api/v1/org-units/NAM_HANG/quarters/2024/3/submit", "editor", null).statusCode())
			.isEqualTo(404);
		assertThat(send("POST", "/api/v1/org-units/HUA_BUM/quarters/2024/5/submit", "editor", null).statusCode())
			.isEqualTo(400);
		assertThat(send("POST", "/api/v1/org-units/HUA_BUM/quarters/2024/1/submit", "editor", null).statusCode())
			.as("a closed quarter")
			.isEqualTo(409);
	}

	@Test
	void shouldLetAProgramsStandingAgencyApproveReturnAndReopenAQuarterForItsProgramOnly() throws Exception {
		String ntm = Q3 + "/programs/NTM";
		assertThat(body(send("POST", ntm + "/approve", "officer", null), 409).get("type").asString())
			.as("nothing submitted yet")
			.isEqualTo("urn:program-tracker:wrong-state");
		body(send("POST", Q3 + "/submit", "editor", null), 200);

		assertThat(send("POST", ntm + "/approve", "district", null).statusCode()).as("the unit above decides the whole")
			.isEqualTo(403);
		assertThat(send("POST", ntm + "/approve", "admin", null).statusCode()).isEqualTo(403);
		assertThat(send("POST", Q3 + "/programs/GNBV/approve", "officer", null).statusCode())
			.as("a program of another standing agency")
			.isEqualTo(404);
		this.jdbc.sql("""
				insert into app_user_program (user_id, program_id)
				select u.id, p.id from app_user u, program p where u.username = 'officer' and p.code = 'DTTS'""")
			.update();
		JsonNode notHeld = body(send("POST", Q3 + "/programs/DTTS/approve", "officer", null), 400);
		assertThat(notHeld.get("field").asString()).isEqualTo("program");
		assertThat(notHeld.get("detail").asString())
			.isEqualTo("Xã Hua Bum holds no 2024 plan of the program DTTS: there is nothing to approve for it.");

		JsonNode approved = body(send("POST", ntm + "/approve", "officer", null), 200);
		assertThat(approved.get("state").asString()).as("the whole quarter still awaits the unit above")
			.isEqualTo("SUBMITTED");
		assertThat(approved.get("programApprovals")).hasSize(1);
		assertThat(approved.get("programApprovals").get(0).get("program").asString()).isEqualTo("NTM");
		assertThat(approved.get("programApprovals").get(0).get("approvedBy").asString()).isEqualTo("officer");
		assertThat(approved.get("programApprovals").get(0).get("approvedAt").asString()).isNotBlank();

		JsonNode refused = body(send("PUT", "/api/v1/disbursements", "editor", """
				{"orgUnit":"HUA_BUM","program":"NTM","component":"ND03","capitalType":"RECURRENT","planYear":2024,
				 "quarter":3,"amountVnd":1000000}"""), 409);
		assertThat(refused.get("type").asString()).isEqualTo("urn:program-tracker:quarter-approved");
		assertThat(refused.get("program").asString()).isEqualTo("NTM");
		assertThat(refused.get("approvedBy").asString()).isEqualTo("officer");
		assertThat(refused.get("detail").asString()).startsWith(
				"Xã Hua Bum: quarter 3 of 2024 of the program NTM was approved by its standing agency (officer) on ");

		assertThat(body(send("POST", ntm + "/reopen", "officer", "{}"), 400).get("field").asString())
			.isEqualTo("reason");
		JsonNode reopened = body(send("POST", ntm + "/reopen", "officer", "{\"reason\":\"Sửa số liệu ND03\"}"), 200);
		assertThat(reopened.get("programApprovals")).isEmpty();
		assertThat(body(send("POST", ntm + "/reopen", "officer", "{\"reason\":\"Lần nữa\"}"), 409).get("detail")
			.asString()).isEqualTo(
					"Quarter 3 of 2024 of Xã Hua Bum is not approved for the program NTM: there is nothing to reopen.");

		JsonNode returned = body(send("POST", ntm + "/return", "officer", "{\"reason\":\"Thiếu chứng từ ND03\"}"), 200);
		assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
		assertThat(returned.get("decidedBy").asString()).isEqualTo("officer");
		assertThat(returned.get("reason").asString()).isEqualTo("Thiếu chứng từ ND03");

		assertThat(this.jdbc
			.sql("""
					select a.action || ':' || a.username || ':' || (a.new_value ->> 'program') || ':' || coalesce(a.note, '')
					from audit_entry a join org_unit u on u.id = a.org_unit_id
					where u.code = 'HUA_BUM' and a.subject = 'PERIOD' and a.year = 2024 and a.quarter = 3
					  and a.username = 'officer' order by a.id""")
			.query(String.class)
			.list()).containsExactly("APPROVE:officer:NTM:", "REOPEN:officer:NTM:Sửa số liệu ND03",
					"RETURN:officer:NTM:Thiếu chứng từ ND03");
	}

	@Test
	void shouldCloseAQuarterForOneSubtreeOnlyAndReopenItWithAReason() throws Exception {
		JsonNode closed = body(send("POST", "/api/v1/periods/2024/3/close", "admin", "{\"orgUnit\":\"HUA_BUM\"}"), 200);
		assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
		assertThat(closed.get("orgUnit").asString()).isEqualTo("HUA_BUM");

		JsonNode refused = body(send("POST", Q3 + "/submit", "editor", null), 409);
		assertThat(refused.get("type").asString()).isEqualTo("urn:program-tracker:quarter-closed");
		assertThat(refused.get("closedFor").asString()).isEqualTo("HUA_BUM");
		assertThat(refused.get("detail").asString()).isEqualTo(
				"Quarter 3 of 2024 is closed for Xã Hua Bum and the units under it: their figures cannot be changed.");
		assertThat(
				body(send("POST", "/api/v1/org-units/NAM_HANG/quarters/2024/3/submit", "admin", null), 200).get("state")
					.asString())
			.as("a sibling commune is still open")
			.isEqualTo("SUBMITTED");
		assertThat(send("POST", "/api/v1/periods/2024/3/close?orgUnit=HUA_BUM", "admin", null).statusCode())
			.as("closed already")
			.isEqualTo(400);
		assertThat(send("POST", "/api/v1/periods/2024/3/close?orgUnit=HUA_BUM", "editor", null).statusCode())
			.isEqualTo(403);

		assertThat(body(send("POST", "/api/v1/periods/2024/3/reopen", "admin", "{\"orgUnit\":\"HUA_BUM\"}"), 400)
			.get("field")
			.asString()).isEqualTo("reason");
		JsonNode reopened = body(send("POST", "/api/v1/periods/2024/3/reopen", "admin",
				"{\"orgUnit\":\"HUA_BUM\",\"reason\":\"Bổ sung chứng từ\"}"), 200);
		assertThat(reopened.get("status").asString()).isEqualTo("OPEN");
		assertThat(body(send("POST", Q3 + "/submit", "editor", null), 200).get("state").asString())
			.isEqualTo("SUBMITTED");
		assertThat(this.jdbc
			.sql("""
					select a.action || ':' || coalesce(a.note, '') from audit_entry a join org_unit u on u.id = a.org_unit_id
					where u.code = 'HUA_BUM' and a.subject = 'PERIOD' and a.year = 2024 and a.quarter = 3
					  and a.action in ('CLOSE', 'REOPEN') order by a.id""")
			.query(String.class)
			.list()).containsExactly("CLOSE:", "REOPEN:Bổ sung chứng từ");
	}

	private static JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return json.readTree(response.body());
	}

	private HttpResponse<String> send(String method, String path, String username, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body == null) ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (username != null) {
			String credentials = username + ":demo";
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
