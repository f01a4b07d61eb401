package org.programtracker.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Nobody can lock the administrator out from elsewhere: an address that fails too often
 * is throttled (429 with {@code Retry-After}, a translated page) while the administrator
 * signs in from their own address; a name guessed from many addresses backs off only at
 * the addresses that failed. With the production limits (the other tests lift the
 * per-address one, since they all sign in from one address).
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "app.security.sign-in.max-failures-per-address=20",
		"app.security.sign-in.max-failures-per-name=50" })
class SignInLockoutTests {

	private static final String ATTACKER = "203.0.113.66";

	private static final String ADMINS_DESK = "198.51.100.7";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldThrottleAnAddressThatFailsWithManyNamesWithoutLockingTheAdministrator() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("admin", "guess-" + i, ATTACKER)).hasRedirectedUrl("/login?error");
		}
		assertThat(signIn("admin", "demo", ATTACKER)).as("the name, at the attacker's address")
			.hasRedirectedUrl("/login?locked");
		for (int i = 0; i < 15; i++) {
			assertThat(signIn("user-" + i, "guess", ATTACKER)).hasRedirectedUrl("/login?error");
		}

		MvcTestResult throttled = signIn("editor", "demo", ATTACKER);
		assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(Long.parseLong(throttled.getResponse().getHeader(HttpHeaders.RETRY_AFTER))).isBetween(890L, 901L);
		assertThat(throttled.getResponse().getForwardedUrl()).isNull();
		MvcTestResult page = this.mvc.get()
			.uri("/error")
			.requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 429)
			.exchange();
		assertThat(page).bodyText().contains("Quá nhiều lần thử", "Không tài khoản nào bị khóa");

		assertThat(signIn("admin", "demo", ADMINS_DESK)).as("the administrator, at their own desk")
			.hasRedirectedUrl("/");
		assertThat(signIn("editor", "demo", "198.51.100.8")).hasRedirectedUrl("/");
	}

	@Test
	void shouldAnswerTheApiOfAThrottledAddress429() {
		for (int i = 0; i < 20; i++) {
			assertThat(basic("name-" + i, "guess", ATTACKER)).hasStatus(HttpStatus.UNAUTHORIZED);
		}

		MvcTestResult throttled = basic("admin", "demo", ATTACKER);
		assertThat(throttled).hasStatus(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(throttled).headers().containsHeader(HttpHeaders.RETRY_AFTER);
		assertThat(throttled).bodyJson().extractingPath("$.status").isEqualTo(429);
		assertThat(basic("admin", "demo", ADMINS_DESK)).hasStatusOk();
	}

	@Test
	void shouldLetTheAdministratorInFromTheirDeskWhileManyAddressesGuessTheirPassword() {
		for (int i = 0; i < 50; i++) {
			assertThat(signIn("admin", "guess-" + i, "192.0.2." + (100 + i))).hasRedirectedUrl("/login?error");
		}

		assertThat(signIn("admin", "demo", "192.0.2.100")).as("one of the guessing addresses")
			.hasRedirectedUrl("/login?locked");
		assertThat(signIn("admin", "demo", ADMINS_DESK)).hasRedirectedUrl("/");
		assertThat(signIn("admin", "guess-again", "192.0.2.200")).as("a new address: one try")
			.hasRedirectedUrl("/login?error");
		assertThat(signIn("admin", "demo", "192.0.2.200")).as("and then it backs off too")
			.hasRedirectedUrl("/login?locked");
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post()
			.uri("/login")
			.param("username", username)
			.param("password", password)
			.with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	private MvcTestResult basic(String username, String password, String address) {
		return this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header(HttpHeaders.AUTHORIZATION,
					"Basic " + java.util.Base64.getEncoder()
						.encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

}
