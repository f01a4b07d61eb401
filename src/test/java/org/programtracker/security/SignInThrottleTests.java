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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/**
 * Throttling of failed sign-ins, kept in the database: the same answers for a name that
 * exists and one that does not, for the login form and HTTP Basic alike.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInThrottleTests {

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
		SignInThrottle throttle = new SignInThrottle(this.jdbc, clock, 3, Duration.ofMinutes(15));

		assertThat(throttle.recordFailure("Clock-Test")).isFalse();
		clock.advance(Duration.ofMinutes(20));
		assertThat(throttle.recordFailure("clock-test")).isFalse();
		assertThat(throttle.recordFailure("clock-test")).isFalse();
		assertThat(throttle.lockedUntil("clock-test")).isEmpty();
		assertThat(throttle.recordFailure(" CLOCK-TEST ")).isTrue();
		assertThat(throttle.lockedUntil("clock-test")).contains(clock.instant().plus(Duration.ofMinutes(15)));

		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.lockedUntil("clock-test")).isPresent();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.lockedUntil("clock-test")).isEmpty();
		assertThat(throttle.recordFailure("clock-test")).isFalse();
	}

	@Test
	void shouldForgetNamesWhoseFailuresAreOver() {
		MutableClock clock = new MutableClock(Instant.parse("2024-04-02T08:00:00Z"));
		SignInThrottle throttle = new SignInThrottle(this.jdbc, clock, 3, Duration.ofMinutes(15));
		throttle.recordFailure("typed-once");
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("locked-name");
		}

		clock.advance(Duration.ofMinutes(16));
		throttle.recordFailure("someone-else");

		assertThat(this.jdbc
			.sql("select username_key from sign_in_throttle where username_key in ('typed-once', 'locked-name', "
					+ "'someone-else')")
			.query(String.class)
			.list()).containsExactly("someone-else");
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
