package org.programtracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username in the database, so that every instance sees them:
 * after {@code maxFailures} failures within the lockout period, the name is locked for
 * that period. The name typed is counted whether or not such a user exists, so the answer
 * is the same for both and reveals nothing.
 */
@Component
class SignInThrottle {

	private static final int KEY_LENGTH = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final Duration lockout;

	SignInThrottle(JdbcClient jdbc, Clock clock, @Value("${app.security.sign-in.max-failures:5}") int maxFailures,
			@Value("${app.security.sign-in.lockout:15m}") Duration lockout) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = lockout;
	}

	/**
	 * When the lock on this name ends, if it is locked now.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("select locked_until from sign_in_throttle where username_key = :key")
			.param("key", key(username))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now));
	}

	/**
	 * Counts one failure, in one atomic statement so that concurrent attempts on several
	 * instances all count; failures older than the lockout period start the count afresh.
	 * Answers whether the name is now locked.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username) {
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(this.lockout));
		// names typed once and long forgotten (any name counts, existing or not) would
		// pile up
		this.jdbc.sql("""
				delete from sign_in_throttle
				where first_failure < :windowStart and (locked_until is null or locked_until <= :now)
				""").param("windowStart", windowStart).param("now", Timestamp.from(now)).update();
		return this.jdbc.sql("""
				insert into sign_in_throttle as t (username_key, failures, first_failure, locked_until)
				values (:key, 1, cast(:now as timestamptz),
				        case when 1 >= cast(:max as integer) then cast(:lockedUntil as timestamptz) end)
				on conflict (username_key) do update set
				    failures = case when t.first_failure < cast(:windowStart as timestamptz) then 1
				                    else t.failures + 1 end,
				    first_failure = case when t.first_failure < cast(:windowStart as timestamptz)
				                         then cast(:now as timestamptz) else t.first_failure end,
				    locked_until = case
				        when t.first_failure >= cast(:windowStart as timestamptz)
				             and t.failures + 1 >= cast(:max as integer) then cast(:lockedUntil as timestamptz)
				        else t.locked_until end
				returning locked_until
				""")
			.param("key", key(username))
			.param("now", Timestamp.from(now))
			.param("max", this.maxFailures)
			.param("lockedUntil", Timestamp.from(now.plus(this.lockout)))
			.param("windowStart", windowStart)
			.query(Timestamp.class)
			.optional()
			.map(until -> until.toInstant().isAfter(now))
			.orElse(false);
	}

	/**
	 * A successful sign-in forgets earlier failures.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String username) {
		this.jdbc.sql("delete from sign_in_throttle where username_key = :key").param("key", key(username)).update();
	}

	Duration lockout() {
		return this.lockout;
	}

	private static String key(String username) {
		String key = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > KEY_LENGTH) ? key.substring(0, KEY_LENGTH) : key;
	}

}
