package org.programtracker.infrastructure.observability;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What operations people see: the request id in the answer, in its problem details and in
 * every log line of the request; the metrics at {@code /actuator/prometheus}, for
 * administrators only, with the application's counters moving as saves commit and
 * conflicts are answered.
 */
@IntegrationTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final String PROMETHEUS = "/actuator/prometheus";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private PlatformTransactionManager transactions;

	@Test
	void shouldReturnTheCallersRequestIdAndMakeOneUpForAnInsaneOne() {
		assertThat(this.mvc.get().uri("/login").header("X-Request-Id", "lb-7f3a.42:9")).headers()
			.hasValue("X-Request-Id", "lb-7f3a.42:9");

		MvcTestResult made = this.mvc.get().uri("/login").header("X-Request-Id", "bad id\r\nX-Evil: 1").exchange();
		assertThat(made.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f-]{36}");
		assertThat(made.getResponse().getHeader("X-Evil")).isNull();
		String first = this.mvc.get().uri("/login").exchange().getResponse().getHeader("X-Request-Id");
		String second = this.mvc.get().uri("/login").exchange().getResponse().getHeader("X-Request-Id");
		assertThat(first).matches("[0-9a-f-]{36}").isNotEqualTo(second);
	}

	@Test
	void shouldNameTheRequestIdInProblemDetails() {
		MvcTestResult notFound = this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1&orgUnit=NO_SUCH_UNIT")
			.header("X-Request-Id", "problem-1")
			.with(httpBasic("viewer", "demo"))
			.exchange();
		assertThat(notFound).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(notFound).bodyJson().extractingPath("$.requestId").isEqualTo("problem-1");

		MvcTestResult anonymous = this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header("X-Request-Id", "problem-2")
			.exchange();
		assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous).bodyJson().extractingPath("$.requestId").isEqualTo("problem-2");
	}

	@Test
	void shouldPutTheRequestIdIntoEveryLogLineOfTheRequest(CapturedOutput output) {
		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header("X-Request-Id", "trace-me-314")
			.header(HttpHeaders.AUTHORIZATION, basic("nobody-here", "wrong"))).hasStatus(HttpStatus.UNAUTHORIZED);

		assertThat(output.getOut().lines().filter(line -> line.contains("Failed sign-in as 'nobody-here'")))
			.singleElement()
			.asString()
			.contains("[trace-me-314]");
	}

	@Test
	void shouldWriteTheRequestIdIntoTheJsonLogsOfTheJsonLogsProfile() throws Exception {
		Properties profile = new Properties();
		try (InputStream input = getClass().getResourceAsStream("/application-json-logs.properties")) {
			profile.load(input);
		}
		LoggerContext context = new LoggerContext();
		StandardEnvironment environment = new StandardEnvironment();
		context.putObject(Environment.class.getName(), environment);
		StructuredLogEncoder encoder = new StructuredLogEncoder();
		encoder.setContext(context);
		encoder.setFormat(profile.getProperty("logging.structured.format.console"));
		encoder.start();
		LoggingEvent event = new LoggingEvent(getClass().getName(), context.getLogger("org.programtracker.security"),
				Level.WARN, "Failed sign-in as 'nobody-here'", null, null);
		event.setMDCPropertyMap(Map.of("requestId", "trace-me-314"));

		String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

		assertThat(profile.getProperty("logging.structured.format.console")).isEqualTo("ecs");
		assertThat(line).startsWith("{")
			.contains("\"requestId\":\"trace-me-314\"", "\"message\":\"Failed sign-in as 'nobody-here'\"",
					"\"log\":{\"level\":\"WARN\"");
	}

	@Test
	void shouldShowMetricsToAnAdministratorOnly() {
		MvcTestResult anonymous = this.mvc.get().uri(PROMETHEUS).exchange();
		assertThat(anonymous).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(anonymous.getResponse().getRedirectedUrl()).isNull();
		assertThat(this.mvc.get().uri(PROMETHEUS).header(HttpHeaders.AUTHORIZATION, basic("editor", "demo")))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.mvc.get().uri("/api/v1/progress?year=2024&quarter=1").with(httpBasic("viewer", "demo")))
			.hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header(HttpHeaders.AUTHORIZATION, basic("viewer", "wrong"))).hasStatus(HttpStatus.UNAUTHORIZED);
		MvcTestResult admin = this.mvc.get()
			.uri(PROMETHEUS)
			.header(HttpHeaders.AUTHORIZATION, basic("admin", "demo"))
			.exchange();
		assertThat(admin).hasStatusOk();
		assertThat(admin).bodyText()
			.contains("http_server_requests_seconds_count{", "uri=\"/api/v1/progress\"", "hikaricp_connections_active",
					"program_tracker_sign_in_failures_total{application=\"program-tracker\",reason=\"bad_credentials\"}");
	}

	@Test
	void shouldCountSavesWhenTheyCommitAndConflictsWhenTheyAreAnswered() throws Exception {
		double saves = counter(
				"program_tracker_saves_total{action=\"create\",application=\"program-tracker\",subject=\"api_token\"}");
		double conflicts = counter("program_tracker_conflicts_total{application=\"program-tracker\",channel=\"api\"}");
		double disbursements = counter(
				"program_tracker_saves_total{action=\"change\",application=\"program-tracker\",subject=\"disbursement\"}");

		MvcTestResult created = this.mvc.post()
			.uri("/api/v1/tokens")
			.with(httpBasic("viewer", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"metrics\"}")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.CREATED);
		try {
			assertThat(this.mvc.put()
				.uri("/api/v1/disbursements")
				.with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(
						"""
								{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
								 "period":"EXTENSION","amountVnd":500000}"""))
				.hasStatus(HttpStatus.CONFLICT);
			// a save whose transaction is rolled back is not counted
			new TransactionTemplate(this.transactions).executeWithoutResult(status -> {
				assertThat(this.mvc.put()
					.uri("/api/v1/disbursements")
					.with(httpBasic("admin", "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("""
							{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"INVESTMENT","planYear":2025,"quarter":2,
							 "amountVnd":123000000}""")).hasStatusOk();
				status.setRollbackOnly();
			});

			assertThat(counter(
					"program_tracker_saves_total{action=\"create\",application=\"program-tracker\",subject=\"api_token\"}"))
				.isEqualTo(saves + 1);
			assertThat(counter("program_tracker_conflicts_total{application=\"program-tracker\",channel=\"api\"}"))
				.isEqualTo(conflicts + 1);
			assertThat(counter(
					"program_tracker_saves_total{action=\"change\",application=\"program-tracker\",subject=\"disbursement\"}"))
				.isEqualTo(disbursements);
		}
		finally {
			long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
			this.jdbc.sql("delete from audit_entry where subject = 'API_TOKEN' and subject_id = :id")
				.param("id", id)
				.update();
			this.jdbc.sql("delete from api_token where id = :id").param("id", id).update();
		}
	}

	/**
	 * The value of one series in the Prometheus answer, 0 while it is not there yet.
	 */
	private double counter(String series) throws Exception {
		String metrics = this.mvc.get()
			.uri(PROMETHEUS)
			.header(HttpHeaders.AUTHORIZATION, basic("admin", "demo"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return metrics.lines()
			.filter(line -> line.startsWith(series + " "))
			.map(line -> Double.parseDouble(line.substring(series.length() + 1).strip()))
			.findFirst()
			.orElse(0.0);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
