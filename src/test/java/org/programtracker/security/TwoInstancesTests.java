package org.programtracker.security;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.programtracker.ProgramTrackerApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two instances of the application on one PostgreSQL, as behind a load balancer: a
 * session created by signing in on one is accepted by the other, and signing out on one
 * ends it on both. Also shows the session cookie's flags, that an anonymous visitor gets
 * no session, and that a user keeps at most five.
 */
class TwoInstancesTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("SESSION=([^;]+)");

	@TempDir
	static Path dataDir;

	private static EmbeddedPostgres database;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	static void startTwoInstances() throws Exception {
		database = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(true).start();
		try (Connection connection = database.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database shared");
		}
		first = start();
		second = start();
	}

	@AfterAll
	static void stopEverything() throws Exception {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		database.close();
	}

	@Test
	void shouldAcceptOnOneInstanceASessionCreatedOnTheOther() throws Exception {
		HttpResponse<String> loginPage = get(first, "/login", null);
		assertThat(loginPage.headers().allValues("Set-Cookie")).as("no session for an anonymous visitor")
			.noneMatch(header -> header.startsWith("SESSION="));
		String anonymous = csrfCookie(loginPage);
		String token = csrf(loginPage.body());

		HttpResponse<String> signedIn = post(first, "/login", anonymous,
				"username=viewer&password=demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		String session = session(signedIn);
		assertThat(signedIn.headers().allValues("Set-Cookie")).anySatisfy(
				header -> assertThat(header).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));

		HttpResponse<String> onSecond = get(second, "/progress?year=2024&quarter=1", "SESSION=" + session);
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains("Tiến độ giải ngân quý 1 năm 2024", "31,4%", "Ban Chỉ đạo huyện");
		assertThat(get(second, "/api/v1/progress?year=2024&quarter=1", "SESSION=" + session).statusCode())
			.isEqualTo(200);

		String logoutToken = csrf(onSecond.body());
		HttpResponse<String> signedOut = post(second, "/logout", "SESSION=" + session,
				"_csrf=" + URLEncoder.encode(logoutToken, StandardCharsets.UTF_8));
		assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
		HttpResponse<String> afterSignOut = get(first, "/progress", "SESSION=" + session);
		assertThat(afterSignOut.statusCode()).isEqualTo(302);
		assertThat(afterSignOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
	}

	@Test
	void shouldCountFailedSignInsOnBothInstancesTogether() throws Exception {
		List<ConfigurableApplicationContext> instances = List.of(first, second, first, second, first);
		for (ConfigurableApplicationContext instance : instances) {
			assertThat(signIn(instance, "editor", "wrong").headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
		}

		assertThat(signIn(second, "editor", "demo").headers().firstValue("Location").orElseThrow())
			.endsWith("/login?locked");
	}

	@Test
	void shouldEndIdleSessionsAfterThirtyMinutes() throws Exception {
		signIn(first, "viewer", "demo");

		try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement
					.executeQuery("select distinct max_inactive_interval from spring_session")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getInt(1)).isEqualTo(30 * 60);
			assertThat(rows.next()).isFalse();
		}
	}

	@Test
	void shouldDisableTheDemoAccountsWhenStartedWithoutDemoMode() throws Exception {
		try (ConfigurableApplicationContext production = start("--app.demo=false",
				"--app.admin.password=a-long-enough-secret")) {
			assertThat(signIn(production, "viewer", "demo").headers().firstValue("Location").orElseThrow())
				.endsWith("/login?error");
			assertThat(
					signIn(production, "admin", "a-long-enough-secret").headers().firstValue("Location").orElseThrow())
				.doesNotContain("error");
		}
		finally {
			try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("update app_user set enabled = true");
				statement.execute("delete from sign_in_throttle");
			}
		}
	}

	@Test
	void shouldRefuseToStartWithACommonAdministratorPassword() throws Exception {
		try (Connection connection = database.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("create database fresh");
		}
		assertThatThrownBy(() -> new SpringApplicationBuilder(ProgramTrackerApplication.class)
			.run("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl("postgres", "fresh"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--app.demo=false",
					"--app.admin.password=password1234", "--spring.main.banner-mode=off")
			.close())
			.satisfies(ex -> assertThat(NestedExceptionUtils.getMostSpecificCause(ex))
				.hasMessageContaining("APP_ADMIN_PASSWORD must have at least 12 characters"));
	}

	@Test
	void shouldWriteNoSessionForAnonymousVisitsToTheSignInPage() throws Exception {
		long before = sessionRows(null);

		for (int i = 0; i < 100; i++) {
			HttpResponse<String> loginPage = get((i % 2 == 0) ? first : second, "/login", null);
			assertThat(loginPage.statusCode()).isEqualTo(200);
		}
		assertThat(get(first, "/progress?year=2024&quarter=1", null).statusCode()).as("a page that needs sign-in")
			.isEqualTo(302);

		assertThat(sessionRows(null)).isEqualTo(before);
	}

	@Test
	void shouldAnswerAThrottledAddressWithATranslatedPageAndRetryAfter() throws Exception {
		try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("delete from sign_in_throttle");
		}
		try {
			// the production limit: 20 failures from one address, under any names
			for (int i = 0; i < 20; i++) {
				assertThat(signIn(first, "nobody-" + i, "wrong").headers().firstValue("Location").orElseThrow())
					.endsWith("/login?error");
			}

			HttpResponse<String> throttled = signIn(second, "viewer", "demo");

			assertThat(throttled.statusCode()).isEqualTo(429);
			assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(890L,
					901L);
			assertThat(throttled.body()).contains("Quá nhiều lần thử", "Không tài khoản nào bị khóa",
					"Vui lòng thử lại sau 15 phút.");
			assertThat(throttled.headers().allValues("Set-Cookie")).noneMatch(header -> header.startsWith("SESSION="));
		}
		finally {
			try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
					Statement statement = connection.createStatement()) {
				statement.execute("delete from sign_in_throttle");
			}
		}
	}

	@Test
	void shouldEndTheOldestSessionsBeyondFivePerUser() throws Exception {
		try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("delete from spring_session where principal_name = 'viewer'");
		}
		List<String> sessions = new java.util.ArrayList<>();
		for (int i = 0; i < 7; i++) {
			HttpResponse<String> signedIn = signIn((i % 2 == 0) ? first : second, "viewer", "demo");
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
			sessions.add(session(signedIn));
			// the session's principal is written when the request that signed in ends
			assertThat(get(first, "/account/password", "SESSION=" + sessions.get(i)).statusCode()).isEqualTo(200);
		}

		assertThat(sessionRows("viewer")).isEqualTo(5);
		assertThat(get(second, "/progress?year=2024&quarter=1", "SESSION=" + sessions.get(0)).statusCode())
			.as("the oldest session")
			.isEqualTo(302);
		assertThat(get(second, "/progress?year=2024&quarter=1", "SESSION=" + sessions.get(1)).statusCode())
			.isEqualTo(302);
		for (String kept : sessions.subList(2, 7)) {
			assertThat(get(first, "/progress?year=2024&quarter=1", "SESSION=" + kept).statusCode()).isEqualTo(200);
		}
	}

	private static long sessionRows(String principal) throws Exception {
		try (Connection connection = database.getDatabase("postgres", "shared").getConnection();
				Statement statement = connection.createStatement();
				java.sql.ResultSet rows = statement.executeQuery("select count(*) from spring_session"
						+ ((principal != null) ? " where principal_name = '" + principal + "'" : ""))) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private HttpResponse<String> signIn(ConfigurableApplicationContext instance, String username, String password)
			throws Exception {
		HttpResponse<String> loginPage = get(instance, "/login", null);
		return post(instance, "/login", csrfCookie(loginPage), "username=" + username + "&password=" + password
				+ "&_csrf=" + URLEncoder.encode(csrf(loginPage.body()), StandardCharsets.UTF_8));
	}

	private HttpResponse<String> get(ConfigurableApplicationContext instance, String path, String cookies)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(instance, path)).GET();
		if (cookies != null) {
			request.header("Cookie", cookies);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(ConfigurableApplicationContext instance, String path, String cookies, String form)
			throws Exception {
		HttpRequest request = HttpRequest.newBuilder(uri(instance, path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static URI uri(ConfigurableApplicationContext instance, String path) {
		int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String session(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.map(SESSION::matcher)
			.filter(Matcher::find)
			.map(matcher -> matcher.group(1))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + response.headers()));
	}

	/**
	 * The cookie that holds the CSRF token of a visitor without a session, as the browser
	 * sends it back.
	 */
	private static String csrfCookie(HttpResponse<String> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("XSRF-TOKEN="))
			.map(header -> header.substring(0, header.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No CSRF cookie in " + response.headers()));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
		return matcher.group(1);
	}

	private static ConfigurableApplicationContext start(String... arguments) {
		List<String> all = new java.util.ArrayList<>(
				List.of("--server.port=0", "--spring.datasource.url=" + database.getJdbcUrl("postgres", "shared"),
						"--spring.datasource.username=postgres", "--spring.datasource.password=",
						"--spring.main.banner-mode=off", "--logging.level.org.springframework.security=WARN"));
		all.addAll(List.of(arguments));
		if (all.stream().noneMatch(argument -> argument.startsWith("--app.demo="))) {
			all.add("--app.demo=true");
		}
		return new SpringApplicationBuilder(ProgramTrackerApplication.class).run(all.toArray(String[]::new));
	}

}
