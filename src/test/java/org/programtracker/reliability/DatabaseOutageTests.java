package org.programtracker.reliability;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded PostgreSQL paused (SIGSTOP to the postmaster and every backend, as a hung
 * server or a frozen virtual machine would be) while the application runs: within a few
 * seconds the API answers a 503 problem detail and a signed-in page the translated
 * "temporarily unavailable" page, both with {@code Retry-After}, readiness says DOWN
 * while liveness stays UP, a write sent meanwhile changes nothing, and once the server
 * goes on (SIGCONT) the application answers again by itself, without a restart. The
 * server is resumed whatever happens.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(SettableClock.Configuration.class)
class DatabaseOutageTests {

	private static final String PROGRESS = "/api/v1/progress?year=2024&quarter=1";

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	private int port;

	@Value("${app.embedded-db.data-dir}")
	private Path dataDir;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldAnswer503WhileTheDatabaseHangsAndRecoverByItselfWhenItGoesOn() throws Exception {
		String session = signIn("viewer");
		assertThat(get("/progress?year=2024&quarter=1", session).statusCode()).isEqualTo(200);
		BigDecimal before = huaBumQuarter2();
		List<Long> server = serverProcesses();

		signal("STOP", server);
		long recovered;
		long paused = System.nanoTime();
		try {
			Thread.sleep(700);
			long asked = System.nanoTime();
			HttpResponse<String> api = basic("GET", PROGRESS, null);
			long apiMillis = (System.nanoTime() - asked) / 1_000_000;
			assertThat(api.statusCode()).isEqualTo(503);
			assertThat(api.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(api.body()).contains("\"type\":\"urn:program-tracker:database-unavailable\"")
				.doesNotContain("Exception");
			assertThat(apiMillis).as("answered within seconds").isLessThan(10_000);

			HttpResponse<String> page = get("/progress?year=2024&quarter=1", session);
			assertThat(page.statusCode()).isEqualTo(503);
			assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
			assertThat(page.body()).contains("Tạm thời không truy cập được", "Hãy thử lại sau 10 giây")
				.doesNotContain("Exception", "HTTP Status");

			HttpResponse<String> write = basic("PUT", "/api/v1/disbursements", """
					{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "quarter":2,"amountVnd":1}
					""");
			assertThat(write.statusCode()).isEqualTo(503);

			assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(503);
			assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
			System.out.printf("database paused: the API answered 503 after %d ms%n", apiMillis);
		}
		finally {
			signal("CONT", server);
			recovered = System.nanoTime();
		}

		HttpResponse<String> again = null;
		for (int attempt = 0; attempt < 100; attempt++) {
			again = basic("GET", PROGRESS, null);
			if (again.statusCode() == 200) {
				break;
			}
			Thread.sleep(200);
		}
		long recoveryMillis = (System.nanoTime() - recovered) / 1_000_000;
		System.out.printf("database resumed after %d ms of outage: the API answered 200 again after %d ms%n",
				(recovered - paused) / 1_000_000, recoveryMillis);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(recoveryMillis).as("recovered within seconds").isLessThan(15_000);
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/progress?year=2024&quarter=1", session).statusCode()).isEqualTo(200);
		assertThat(huaBumQuarter2()).as("the write sent during the outage changed nothing").isEqualTo(before);
	}

	/**
	 * The postmaster of the embedded server (from its pid file) and its backends.
	 */
	private List<Long> serverProcesses() throws IOException {
		long postmaster = Long.parseLong(Files.readAllLines(this.dataDir.resolve("postmaster.pid")).get(0).strip());
		List<Long> pids = new ArrayList<>();
		pids.add(postmaster);
		ProcessHandle.of(postmaster).orElseThrow().descendants().forEach(child -> pids.add(child.pid()));
		return pids;
	}

	private static void signal(String signal, List<Long> pids) throws Exception {
		List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
		pids.forEach(pid -> command.add(String.valueOf(pid)));
		new ProcessBuilder(command).inheritIO().start().waitFor();
	}

	private BigDecimal huaBumQuarter2() {
		return this.jdbc
			.sql("""
					select coalesce(sum(d.amount_vnd), 0) from disbursement d join plan_line l on l.id = d.plan_line_id
					join org_unit u on u.id = l.org_unit_id where u.code = 'HUA_BUM' and l.plan_year = 2024 and d.quarter = 2
					""")
			.query(BigDecimal.class)
			.single();
	}

	/**
	 * Signs in through the login form (its CSRF token in a cookie: an anonymous visitor
	 * has no session) and gives the session cookie.
	 */
	private String signIn(String username) throws Exception {
		HttpResponse<String> login = get("/login", null);
		String cookie = login.headers().firstValue("Set-Cookie").map(value -> value.split(";")[0]).orElse(null);
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(csrf.find()).isTrue();
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)));
		if (cookie != null) {
			post.header("Cookie", cookie);
		}
		HttpResponse<String> signedIn = this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		// the sign-in page's CSRF cookie is cleared, the session's set
		return signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(value -> value.startsWith("SESSION="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
	}

	private HttpResponse<String> get(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(40));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> basic(String method, String path, String body) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(40))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "application/json")
			.method(method,
					(body == null) ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
