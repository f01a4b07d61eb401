package org.programtracker.progress;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.programtracker.support.CsvFiles;
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The progress API over real HTTP against the demo district: the contract of DESIGN.md
 * and the seed report's six lines, to the đồng.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ProgressApiTests {

	private static final BigDecimal VND_PER_MILLION = BigDecimal.valueOf(1_000_000);

	private static final JsonMapper json = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@Test
	void shouldAnswerTheSeedReportsSixLinesExactly() throws Exception {
		HttpResponse<String> response = get("/api/v1/progress?year=2024&quarter=1", "viewer", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		Progress progress = json.readValue(response.body(), Progress.class);
		assertThat(progress.year()).isEqualTo(2024);
		assertThat(progress.quarter()).isEqualTo(1);
		assertThat(progress.orgUnit()).isEqualTo("NAM_NHUN");
		assertThat(progress.unit()).isEqualTo("VND");
		assertThat(progress.rows()).containsExactlyElementsOf(seedReportRows());
		assertThat(response.body()).contains("\"percentOfPlan\":null", "\"percentOfPlan\":0.0",
				"\"planVnd\":49416000000");
	}

	@Test
	void shouldReportCapitalCarriedOverFrom2023OnItsOwnLines() throws Exception {
		Progress progress = json.readValue(get("/api/v1/progress?year=2024&quarter=1", "viewer", "demo").body(),
				Progress.class);

		assertThat(progress.carriedOver()).contains(new Row("DTTS", "INVESTMENT", new BigDecimal("2350000000"),
				new BigDecimal("1870000000"), new BigDecimal("79.6"), "IN_PROGRESS"));
		assertThat(progress.carriedOver()).allMatch(row -> row.planVnd().signum() > 0);
	}

	@Test
	void shouldCountADecisionOfMayFromTheSecondQuarterOn() throws Exception {
		Progress second = json.readValue(get("/api/v1/progress?year=2024&quarter=2", "viewer", "demo").body(),
				Progress.class);

		assertThat(second.rows())
			.filteredOn(row -> row.program().equals("GNBV") && row.capitalType().equals("RECURRENT"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.planVnd()).isEqualByComparingTo("3800000000");
				assertThat(row.status()).isEqualTo("IN_PROGRESS");
			});
	}

	@Test
	void shouldDefaultAnEditorToTheirOwnCommune() throws Exception {
		HttpResponse<String> response = get("/api/v1/progress?year=2024&quarter=1", "editor", "demo");

		Progress progress = json.readValue(response.body(), Progress.class);
		assertThat(progress.orgUnit()).isEqualTo("HUA_BUM");
		assertThat(progress.rows())
			.filteredOn(row -> row.program().equals("GNBV") && row.capitalType().equals("INVESTMENT"))
			.singleElement()
			.satisfies(row -> assertThat(row.planVnd()).isEqualByComparingTo("4210000000"));
	}

	@Test
	void shouldAnswerNotFoundForAUnitOutsideTheEditorsCommune() throws Exception {
		HttpResponse<String> district = get("/api/v1/progress?year=2024&quarter=1&orgUnit=NAM_NHUN", "editor", "demo");
		HttpResponse<String> neighbour = get("/api/v1/progress?year=2024&quarter=1&orgUnit=NAM_HANG", "editor", "demo");

		assertThat(district.statusCode()).isEqualTo(404);
		assertThat(neighbour.statusCode()).isEqualTo(404);
		assertThat(neighbour.body()).doesNotContain("Nậm Hàng");
	}

	@Test
	void shouldAnswerProblemDetailsForAnUnknownOrgUnit() throws Exception {
		HttpResponse<String> response = get("/api/v1/progress?year=2024&quarter=1&orgUnit=NOWHERE", "viewer", "demo");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		Map<?, ?> problem = json.readValue(response.body(), Map.class);
		assertThat(problem.get("status")).isEqualTo(404);
		assertThat(problem.get("parameter")).isEqualTo("orgUnit");
	}

	@Test
	void shouldAnswerBadRequestForAQuarterOutOfRange() throws Exception {
		for (String query : List.of("year=2024&quarter=5", "year=2024&quarter=0", "year=2024&quarter=x", "year=2024")) {
			HttpResponse<String> response = get("/api/v1/progress?" + query, "viewer", "demo");

			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("\"status\":400", "\"parameter\":\"quarter\"");
		}
	}

	@Test
	void shouldRefuseACallWithoutValidCredentials() throws Exception {
		assertThat(get("/api/v1/progress?year=2024&quarter=1", null, null).statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = get("/api/v1/progress?year=2024&quarter=1", "viewer", "wrong");
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.body()).doesNotContain("Exception");
	}

	@Test
	void shouldAnswerTheYearsFinalFiguresForTheExtensionPeriod() throws Exception {
		HttpResponse<String> response = get("/api/v1/progress?year=2024&period=EXTENSION", "viewer", "demo");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"quarter\":null", "\"period\":\"EXTENSION\"");
		Map<?, ?> answer = json.readValue(response.body(), Map.class);
		assertThat(answer.get("year")).isEqualTo(2024);
		assertThat(answer.get("orgUnit")).isEqualTo("NAM_NHUN");
		assertThat(answer.get("unit")).isEqualTo("VND");
		List<Row> finalRows = rowsOf(response);
		assertThat(finalRows).filteredOn(row -> row.program().equals("GNBV") && row.capitalType().equals("INVESTMENT"))
			.singleElement()
			.isEqualTo(new Row("GNBV", "INVESTMENT", new BigDecimal("49416000000"), new BigDecimal("37684000000"),
					new BigDecimal("76.3"), "IN_PROGRESS"));

		List<Row> fourthQuarter = rowsOf(get("/api/v1/progress?year=2024&quarter=4", "viewer", "demo"));
		Map<String, BigDecimal> extension = Map.of("NTM INVESTMENT", new BigDecimal("7500000"), "GNBV INVESTMENT",
				new BigDecimal("900000000"), "DTTS INVESTMENT", new BigDecimal("2150000000"), "DTTS RECURRENT",
				new BigDecimal("310000000"));
		assertThat(finalRows).hasSameSizeAs(fourthQuarter);
		for (int i = 0; i < finalRows.size(); i++) {
			Row year = finalRows.get(i);
			Row q4 = fourthQuarter.get(i);
			String key = year.program() + " " + year.capitalType();
			assertThat(year.planVnd()).as(key).isEqualByComparingTo(q4.planVnd());
			assertThat(year.disbursedVnd().subtract(q4.disbursedVnd())).as(key)
				.isEqualByComparingTo(extension.getOrDefault(key, BigDecimal.ZERO));
		}
	}

	@Test
	void shouldAnswerACommunesFinalFiguresWithItsExtensionPeriod() throws Exception {
		List<Row> rows = rowsOf(get("/api/v1/progress?year=2024&period=EXTENSION&orgUnit=HUA_BUM", "editor", "demo"));

		assertThat(rows).filteredOn(row -> row.program().equals("GNBV") && row.capitalType().equals("INVESTMENT"))
			.singleElement()
			.isEqualTo(new Row("GNBV", "INVESTMENT", new BigDecimal("4210000000"), new BigDecimal("3900000000"),
					new BigDecimal("92.6"), "IN_PROGRESS"));
	}

	@Test
	void shouldAnswerAQuarterWithoutAPeriodAndNeverCountTheExtensionInTheNextYear() throws Exception {
		HttpResponse<String> quarter = get("/api/v1/progress?year=2024&quarter=4", "viewer", "demo");
		assertThat(quarter.body()).contains("\"quarter\":4", "\"period\":null");

		assertThat(rowsOf(get("/api/v1/progress?year=2025&quarter=4", "viewer", "demo")))
			.allSatisfy(row -> assertThat(row.disbursedVnd()).isEqualByComparingTo(BigDecimal.ZERO));
	}

	@Test
	void shouldAnswerBadRequestForBothAQuarterAndAPeriodOrAnUnknownPeriod() throws Exception {
		for (String query : List.of("year=2024&quarter=4&period=EXTENSION", "year=2024&period=JANUARY")) {
			HttpResponse<String> response = get("/api/v1/progress?" + query, "viewer", "demo");

			assertThat(response.statusCode()).as(query).isEqualTo(400);
			assertThat(response.body()).as(query).contains("\"status\":400", "\"parameter\":\"period\"");
		}
	}

	private static List<Row> rowsOf(HttpResponse<String> response) throws IOException {
		Map<?, ?> answer = json.readValue(response.body(), Map.class);
		return json.convertValue(answer.get("rows"),
				json.getTypeFactory().constructCollectionType(List.class, Row.class));
	}

	@Test
	void shouldCarryTheAssignedBaseOnEveryRow() throws Exception {
		HttpResponse<String> response = get("/api/v1/progress?year=2024&quarter=1", "viewer", "demo");

		JsonNode rows = json.readTree(response.body()).get("rows");
		JsonNode ntmInvestment = row(rows, "NTM", "INVESTMENT");
		assertThat(ntmInvestment.get("assignedVnd").decimalValue()).isEqualByComparingTo("3150000000");
		assertThat(ntmInvestment.get("percentOfAssigned").decimalValue()).isEqualByComparingTo("24.8");
		assertThat(ntmInvestment.get("notAllocatedInDetailVnd").decimalValue()).isEqualByComparingTo("663000000");
		// GNBV's recurrent capital was assigned in April: nothing by the end of the first
		// quarter.
		JsonNode gnbvRecurrent = row(rows, "GNBV", "RECURRENT");
		assertThat(gnbvRecurrent.get("assignedVnd").decimalValue()).isEqualByComparingTo("0");
		assertThat(gnbvRecurrent.get("percentOfAssigned").isNull()).isTrue();
		assertThat(gnbvRecurrent.get("notAllocatedInDetailVnd").decimalValue()).isEqualByComparingTo("0");
		assertThat(row(json.readTree(get("/api/v1/progress?year=2024&quarter=2", "viewer", "demo").body()).get("rows"),
				"GNBV", "RECURRENT")
			.get("assignedVnd")
			.decimalValue()).isEqualByComparingTo("4100000000");
	}

	@Test
	void shouldKeepOnlyTheChosenBudget() throws Exception {
		JsonNode local = json
			.readTree(get("/api/v1/progress?year=2024&quarter=1&fundingSource=LOCAL", "viewer", "demo").body());

		assertThat(row(local.get("rows"), "NTM", "INVESTMENT").get("planVnd").decimalValue()).isEqualByComparingTo("0");
		assertThat(get("/api/v1/progress?year=2024&quarter=1&fundingSource=OTHER", "viewer", "demo").statusCode())
			.isEqualTo(400);
	}

	private static JsonNode row(JsonNode rows, String program, String capitalType) {
		for (JsonNode row : rows) {
			if (row.get("program").asString().equals(program)
					&& row.get("capitalType").asString().equals(capitalType)) {
				return row;
			}
		}
		throw new AssertionError("No row " + program + " " + capitalType);
	}

	private HttpResponse<String> get(String path, String username, String password)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (username != null) {
			String credentials = username + ":" + password;
			request.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static List<Row> seedReportRows() throws IOException {
		try (InputStream input = ProgressApiTests.class.getResourceAsStream("/seed-report-2024-q1.csv")) {
			return CsvFiles.read(input).stream().map(ProgressApiTests::expectedRow).toList();
		}
	}

	private static Row expectedRow(Map<String, String> line) {
		boolean allocated = !line.get("plan_million_vnd").isEmpty();
		return new Row(line.get("program_code"), line.get("capital_type"),
				allocated ? new BigDecimal(line.get("plan_million_vnd")).multiply(VND_PER_MILLION) : BigDecimal.ZERO,
				allocated ? new BigDecimal(line.get("disbursed_million_vnd")).multiply(VND_PER_MILLION)
						: BigDecimal.ZERO,
				allocated ? new BigDecimal(line.get("percent_of_plan")) : null, line.get("status"));
	}

	record Progress(int year, int quarter, String orgUnit, String unit, List<Row> rows, List<Row> carriedOver) {

	}

	record Row(String program, String capitalType, BigDecimal planVnd, BigDecimal disbursedVnd,
			BigDecimal percentOfPlan, String status) {

	}

}
