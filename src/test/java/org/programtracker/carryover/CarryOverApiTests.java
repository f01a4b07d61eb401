package org.programtracker.carryover;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/v1/plan-years/{year}/carry-over} over real HTTP against the demo
 * district, on 1 March 2026: what Hua Bum still holds of 2025 (the capital the demo
 * carried over from 2024, not disbursed) is carried into 2026 exactly; the 2024 plan,
 * which the demo decided, is refused a second time; a plan year whose deadline has not
 * passed is refused. What a test commits is removed after it.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class CarryOverApiTests {

	private static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final List<Long> created = new ArrayList<>();

	@LocalServerPort
	private int port;

	@Autowired
	private SettableClock clock;

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void setToday() {
		this.clock.setToday(LocalDate.of(2026, 3, 1));
	}

	@AfterEach
	void removeWhatWasCarried() {
		this.clock.reset();
		if (this.created.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				delete from audit_entry where (subject = 'ALLOCATION' and plan_line_id in (:created))
				   or (subject = 'YEAR_END_OUTCOME' and subject_id in
				       (select id from year_end_outcome where carried_line_id in (:created)))
				""").param("created", this.created).update();
		this.jdbc.sql("delete from year_end_outcome where carried_line_id in (:created)")
			.param("created", this.created)
			.update();
		this.jdbc.sql("delete from allocation where plan_line_id in (:created)")
			.param("created", this.created)
			.update();
		this.jdbc.sql("delete from plan_line where id in (:created)").param("created", this.created).update();
	}

	@Test
	void shouldCarryEveryRemainderOfTheSubtreeIntoTheNextYearAndAnswerTheLinesCreated() throws Exception {
		Map<Long, BigDecimal> remainders = remaindersOf2025("HUA_BUM");
		assertThat(remainders).isNotEmpty();

		HttpResponse<String> response = post("2025", "admin", """
				{"decisionNumber":"98/QĐ-UBND","decisionDate":"2026-02-20","orgUnit":"HUA_BUM"}
				""");

		assertThat(response.statusCode()).isEqualTo(201);
		List<Map<String, Object>> lines = json.readValue(response.body(),
				json.getTypeFactory().constructCollectionType(List.class, Map.class));
		lines.forEach(line -> this.created.add(((Number) line.get("id")).longValue()));
		assertThat(lines).hasSize(remainders.size());
		assertThat(lines).allSatisfy(line -> {
			assertThat(line).containsOnlyKeys("id", "orgUnit", "program", "component", "capitalType", "fundingSource",
					"planYear", "originYear", "planVnd", "deadline", "carriedFromId");
			assertThat(line.get("orgUnit")).isEqualTo("HUA_BUM");
			assertThat(line.get("planYear")).isEqualTo(2026);
			assertThat((Integer) line.get("originYear")).isLessThan(2025);
			assertThat(line.get("deadline")).isEqualTo("2026-12-31");
			long source = ((Number) line.get("carriedFromId")).longValue();
			assertThat(new BigDecimal(line.get("planVnd").toString())).isEqualByComparingTo(remainders.get(source));
		});
		assertThat(response.body()).doesNotContain("E+", "\"planVnd\":1.");

		HttpResponse<String> again = post("2025", "admin", """
				{"decisionNumber":"99/QĐ-UBND","decisionDate":"2026-02-21","orgUnit":"HUA_BUM"}
				""");
		assertThat(again.statusCode()).isEqualTo(409);
	}

	@Test
	void shouldRefuseTheDemosDecided2024PlanASecondTime() throws Exception {
		HttpResponse<String> response = post("2024", "admin", """
				{"decisionNumber":"98/QĐ-UBND","decisionDate":"2025-02-20"}
				""");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(problem(response)).containsEntry("type", "urn:program-tracker:carry-over-decided")
			.containsEntry("status", 409);
	}

	@Test
	void shouldRefuseBeforeTheDeadlineNamingIt() throws Exception {
		HttpResponse<String> response = post("2026", "admin", """
				{"decisionNumber":"98/QĐ-UBND","decisionDate":"2026-02-20"}
				""");

		assertThat(response.statusCode()).isEqualTo(409);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(problem(response)).containsEntry("type", "urn:program-tracker:carry-over-not-open")
			.containsEntry("detail", "The 2026 plan cannot be carried over yet: it may be disbursed until 31/01/2027.");
	}

	@Test
	void shouldAnswerForbiddenToOthersThanAdministratorsNotFoundAndBadRequest() throws Exception {
		String body = """
				{"decisionNumber":"98/QĐ-UBND","decisionDate":"2026-02-20","orgUnit":"HUA_BUM"}
				""";
		assertThat(post("2025", "editor", body).statusCode()).isEqualTo(403);
		assertThat(post("2025", "viewer", body).statusCode()).isEqualTo(403);
		HttpResponse<String> unknown = post("2025", "admin", """
				{"decisionNumber":"98/QĐ-UBND","decisionDate":"2026-02-20","orgUnit":"NOWHERE"}
				""");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(problem(unknown)).containsEntry("status", 404);
		HttpResponse<String> noNumber = post("2025", "admin", """
				{"decisionDate":"2026-02-20","orgUnit":"HUA_BUM"}
				""");
		assertThat(noNumber.statusCode()).isEqualTo(400);
		assertThat(problem(noNumber)).containsEntry("field", "decisionNumber");
	}

	/**
	 * What each 2025 line of the unit has left: its plan (it disbursed nothing).
	 */
	private Map<Long, BigDecimal> remaindersOf2025(String unit) {
		Map<Long, BigDecimal> remainders = new java.util.HashMap<>();
		this.jdbc.sql("""
				select pl.id, coalesce((select sum(a.amount_vnd) from allocation a where a.plan_line_id = pl.id
				                          and a.decision_date <= date '2026-01-31'), 0)
				       - coalesce((select sum(d.amount_vnd) from disbursement d where d.plan_line_id = pl.id), 0)
				from plan_line pl join org_unit u on u.id = pl.org_unit_id
				where pl.plan_year = 2025 and u.code = :unit
				""").param("unit", unit).query((rs, row) -> {
			if (rs.getBigDecimal(2).signum() > 0) {
				remainders.put(rs.getLong(1), rs.getBigDecimal(2));
			}
			return null;
		}).list();
		return remainders;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> problem(HttpResponse<String> response) throws IOException {
		return (Map<String, Object>) json.readValue(response.body(), Map.class);
	}

	private HttpResponse<String> post(String year, String username, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/plan-years/" + year + "/carry-over"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (username != null) {
			request.header("Authorization", "Basic "
					+ Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
