package org.programtracker.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Throttling of failed sign-ins, kept in the database: the same answers for a name that
 * exists and one that does not, for the login form and HTTP Basic alike.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInThrottleTests {

	private static final String ADDRESS = "192.0.2.7";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void forgetFailures() {
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldLockANameAfterFiveFailuresEvenForTheRightPassword() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("wrong-" + i)))
				.hasRedirectedUrl("/login?error");
		}

		assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("demo")))
			.hasRedirectedUrl("/login?locked");
		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header("Authorization", "Basic dmlld2VyOmRlbW8=")).hasStatus(401);
		assertThat(this.mvc.perform(formLogin("/login").user("editor").password("demo"))).hasRedirectedUrl("/");
	}

	@Test
	void shouldAnswerAnUnknownNameExactlyLikeAKnownOne() {
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.perform(formLogin("/login").user("nobody-by-this-name").password("demo")))
				.hasRedirectedUrl("/login?error");
		}

		assertThat(this.mvc.perform(formLogin("/login").user("nobody-by-this-name").password("demo")))
			.hasRedirectedUrl("/login?locked");
	}

	@Test
	void shouldAnswerADisabledUserLikeAWrongPassword() {
		this.jdbc.sql("update app_user set enabled = false where username = 'editor'").update();
		try {
			assertThat(this.mvc.perform(formLogin("/login").user("editor").password("demo")))
				.hasRedirectedUrl("/login?error");
		}
		finally {
			this.jdbc.sql("update app_user set enabled = true where username = 'editor'").update();
		}
	}

	@Test
	void shouldForgetFailuresOnSuccess() {
		for (int i = 0; i < 4; i++) {
			assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("wrong")))
				.hasRedirectedUrl("/login?error");
		}
		assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("demo"))).hasRedirectedUrl("/");

		assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("wrong")))
			.hasRedirectedUrl("/login?error");
		assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("demo"))).hasRedirectedUrl("/");
	}

	@Test
	void shouldUnlockWhenTheLockoutPeriodIsOverAndCountOnlyRecentFailures() {
		MutableClock clock = new MutableClock(Instant.parse("2024-04-02T08:00:00Z"));
		SignInThrottle throttle = new SignInThrottle(this.jdbc, clock,
				new SignInProperties(3, 20, 50, Duration.ofMinutes(15)));

		assertThat(throttle.recordFailure("Clock-Test", ADDRESS)).isFalse();
		clock.advance(Duration.ofMinutes(20));
		assertThat(throttle.recordFailure("clock-test", ADDRESS)).isFalse();
		assertThat(throttle.recordFailure("clock-test", ADDRESS)).isFalse();
		assertThat(throttle.lockedUntil("clock-test", ADDRESS)).isEmpty();
		assertThat(throttle.recordFailure(" CLOCK-TEST ", ADDRESS)).isTrue();
		assertThat(throttle.lockedUntil("clock-test", ADDRESS)).contains(clock.instant().plus(Duration.ofMinutes(15)));

		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.lockedUntil("clock-test", ADDRESS)).isPresent();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.lockedUntil("clock-test", ADDRESS)).isEmpty();
		assertThat(throttle.recordFailure("clock-test", ADDRESS)).isFalse();
	}

	@Test
	void shouldForgetNamesWhoseFailuresAreOver() {
		MutableClock clock = new MutableClock(Instant.parse("2024-04-02T08:00:00Z"));
		SignInThrottle throttle = new SignInThrottle(this.jdbc, clock,
				new SignInProperties(3, 20, 50, Duration.ofMinutes(15)));
		throttle.recordFailure("typed-once", ADDRESS);
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("locked-name", ADDRESS);
		}

		clock.advance(Duration.ofMinutes(16));
		throttle.recordFailure("someone-else", ADDRESS);

		assertThat(this.jdbc
			.sql("select subject_key from sign_in_throttle where kind = 'NAME' and subject_key in ('typed-once', "
					+ "'locked-name', 'someone-else')")
			.query(String.class)
			.list()).containsExactly("someone-else");
	}

	@Test
	void shouldNotLetFailuresFromOneAddressLockTheNameAtAnother() {
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("viewer", "wrong-" + i, "192.0.2.10")).hasRedirectedUrl("/login?error");
		}

		assertThat(signIn("viewer", "demo", "192.0.2.10")).hasRedirectedUrl("/login?locked");
		assertThat(signIn("viewer", "demo", "192.0.2.20")).hasRedirectedUrl("/");
	}

	@Test
	void shouldLockAnAddressThatFailsWithManyNames() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, Clock.systemUTC(),
				new SignInProperties(3, 20, 50, Duration.ofMinutes(15)));
		for (int i = 0; i < 19; i++) {
			assertThat(throttle.recordFailure("name-" + i, "192.0.2.30")).isFalse();
		}

		assertThat(throttle.recordFailure("name-19", "192.0.2.30")).isTrue();
		assertThat(throttle.refusal("editor", "192.0.2.30")).hasValueSatisfying(
				refusal -> assertThat(refusal.kind()).isEqualTo(SignInThrottle.Refusal.Kind.ADDRESS_THROTTLED));
		assertThat(throttle.lockedUntil("editor", "192.0.2.31")).isEmpty();
	}

	@Test
	void shouldBackOffANameGuessedFromManyAddressesOnlyAtAddressesThatFailed() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, Clock.systemUTC(),
				new SignInProperties(3, 20, 6, Duration.ofMinutes(15)));
		for (int i = 0; i < 5; i++) {
			assertThat(throttle.recordFailure("spread-name", "198.51.100." + i)).isFalse();
		}
		assertThat(throttle.lockedUntil("spread-name", "198.51.100.1")).isEmpty();

		throttle.recordFailure("spread-name", "198.51.100.99");

		assertThat(throttle.refusal("spread-name", "198.51.100.1")).hasValueSatisfying(
				refusal -> assertThat(refusal.kind()).isEqualTo(SignInThrottle.Refusal.Kind.NAME_LOCKED));
		assertThat(throttle.lockedUntil("spread-name", "198.51.100.99")).isPresent();
		assertThat(throttle.lockedUntil("spread-name", "203.0.113.1")).as("an address that has not been failing")
			.isEmpty();
		assertThat(throttle.lockedUntil("another-name", "198.51.100.99")).isEmpty();
	}

	@Test
	void shouldKeepTheBackoffOfANameWhenItsUserSignsInFromElsewhere() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, Clock.systemUTC(),
				new SignInProperties(3, 20, 4, Duration.ofMinutes(15)));
		for (int i = 0; i < 4; i++) {
			throttle.recordFailure("busy-name", "198.51.100." + (10 + i));
		}

		throttle.reset("busy-name", "203.0.113.5");

		assertThat(throttle.lockedUntil("busy-name", "198.51.100.10")).isPresent();
		assertThat(throttle.lockedUntil("busy-name", "203.0.113.5")).isEmpty();
	}

	@Test
	void shouldKeepCountingAnAddressAfterASuccessfulSignIn() {
		SignInThrottle throttle = new SignInThrottle(this.jdbc, Clock.systemUTC(),
				new SignInProperties(3, 4, 50, Duration.ofMinutes(15)));
		throttle.recordFailure("guessed-1", "198.51.100.50");
		throttle.recordFailure("guessed-2", "198.51.100.50");
		throttle.recordFailure("own-name", "198.51.100.50");
		throttle.reset("own-name", "198.51.100.50");

		assertThat(throttle.recordFailure("guessed-3", "198.51.100.50")).isTrue();
		assertThat(throttle.lockedUntil("own-name", "198.51.100.50")).isPresent();
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

	static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
