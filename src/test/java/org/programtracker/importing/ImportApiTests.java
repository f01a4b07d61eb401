package org.programtracker.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programtracker.support.DisbursementSheets.sheetWith;

/**
 * {@code POST /api/v1/imports} over real HTTP: the preview as JSON by default, the import
 * as one batch with {@code dryRun=false}, every problem of a refused sheet, and the undo.
 * Writes commit, as in production; each test undoes its imports and removes their rows.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ImportApiTests {

	private static final String[] HEADERS = { "org_unit", "program", "component", "capital_type", "kind",
			"decision_number", "decision_date", "amount_million" };

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
		this.jdbc.sql("delete from allocation where decision_number like 'API-IMP-%'").update();
		this.jdbc.sql("delete from audit_entry where import_batch_id is not null").update();
		this.jdbc.sql("delete from import_batch").update();
	}

	@Test
	void shouldPreviewByDefaultImportWithDryRunFalseAndUndo() throws Exception {
		byte[] sheet = sheetWith(HEADERS,
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "ALLOCATION", "API-IMP-1", "15/11/2024", 75 });

		HttpResponse<String> preview = post("/api/v1/imports?kind=DECISIONS&year=2024", sheet);
		assertThat(preview.statusCode()).isEqualTo(200);
		Map<String, Object> previewed = readMap(preview.body());
		assertThat(previewed).containsEntry("dryRun", true).containsEntry("batchId", null).containsEntry("created", 1);
		assertThat(rows(previewed)).singleElement()
			.satisfies(row -> assertThat(row).containsEntry("row", 2)
				.containsEntry("action", "CREATE")
				.containsEntry("orgUnit", "HUA_BUM")
				.containsEntry("decisionNumber", "API-IMP-1")
				.containsEntry("decisionDate", "2024-11-15")
				.containsEntry("afterVnd", 75000000));
		assertThat(count("select count(*) from allocation where decision_number = 'API-IMP-1'")).isZero();

		HttpResponse<String> kept = post("/api/v1/imports?kind=DECISIONS&year=2024&dryRun=false", sheet);
		assertThat(kept.statusCode()).isEqualTo(201);
		Object batchId = readMap(kept.body()).get("batchId");
		assertThat(kept.headers().firstValue("Location")).hasValue("/api/v1/imports/" + batchId);
		assertThat(count("select count(*) from allocation where decision_number = 'API-IMP-1'")).isOne();

		HttpResponse<String> undone = send(
				request("/api/v1/imports/" + batchId + "/undo", "editor").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(undone.statusCode()).isEqualTo(200);
		assertThat(readMap(undone.body())).containsEntry("undoneBy", "editor");
		assertThat(count("select count(*) from allocation where decision_number = 'API-IMP-1'")).isZero();

		HttpResponse<String> again = send(
				request("/api/v1/imports/" + batchId + "/undo", "editor").POST(HttpRequest.BodyPublishers.noBody()));
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(again.body()).contains("urn:program-tracker:undo-refused", "This import was undone already");
	}

	@Test
	void shouldAnswerEveryProblemOfARefusedSheetByRowAndColumn() throws Exception {
		byte[] sheet = sheetWith(HEADERS,
				new Object[] { "HUA_BUM", "NTM", "ND03", "CAPITAL", "", "API-IMP-2", "31/02/2024", 10 },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "15/11/2024", 10 });

		HttpResponse<String> refused = post("/api/v1/imports?kind=DECISIONS&year=2024&dryRun=false", sheet);

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).doesNotContain("Exception");
		Map<String, Object> problem = readMap(refused.body());
		assertThat(problem).containsEntry("type", "urn:program-tracker:import-rejected");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> problems = (List<Map<String, Object>>) problem.get("problems");
		assertThat(problems).extracting(p -> p.get("row") + " " + p.get("column"))
			.containsExactly("2 capital_type", "2 decision_date", "3 decision_number");
		assertThat(count("select count(*) from import_batch")).isZero();
	}

	@Test
	void shouldRefuseAFileOverTheUploadLimitWith413() throws Exception {
		HttpResponse<String> refused = post("/api/v1/imports?year=2024&quarter=4", new byte[11 * 1024 * 1024]);

		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(readMap(refused.body())).containsEntry("type", "urn:program-tracker:file-too-large")
			.containsEntry("detail", "The uploaded file is larger than 10 MB.");
	}

	@Test
	void shouldNotLetTheSteeringCommitteeImport() throws Exception {
		HttpResponse<String> refused = send(
				multipart(request("/api/v1/imports?year=2024&quarter=4", "viewer"), sheetWith(HEADERS)));

		assertThat(refused.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> post(String path, byte[] sheet) throws IOException, InterruptedException {
		return send(multipart(request(path, "editor"), sheet));
	}

	private static HttpRequest.Builder multipart(HttpRequest.Builder request, byte[] sheet) {
		String boundary = "imp" + System.nanoTime();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q.xlsx\"\r\n"
				+ "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(sheet);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String username) {
		String credentials = username + ":demo";
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(Map<String, Object> outcome) {
		return (List<Map<String, Object>>) outcome.get("rows");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readMap(String body) {
		return json.readValue(body, Map.class);
	}

}
