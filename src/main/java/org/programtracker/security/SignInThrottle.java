package org.programtracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database, so that every instance sees them, three ways:
 * per name at one address ({@code maxFailures}: the lock a user who forgot their password
 * meets), per address ({@code maxFailuresPerAddress}: one machine trying many names) and
 * per name from anywhere ({@code maxFailuresPerName}, higher: many machines guessing one
 * password). Reaching a limit within the lockout period locks for that period. Since the
 * everyday lock is per address, typing a colleague's name from elsewhere does not lock
 * them out. Any name typed is counted, existing or not, so the answer reveals nothing.
 */
@Component
class SignInThrottle {

	private static final int NAME_LENGTH = 100;

	private static final int ADDRESS_LENGTH = 64;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int maxFailures;

	private final int maxFailuresPerAddress;

	private final int maxFailuresPerName;

	private final Duration lockout;

	SignInThrottle(JdbcClient jdbc, Clock clock, SignInProperties properties) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = properties.maxFailures();
		this.maxFailuresPerAddress = properties.maxFailuresPerAddress();
		this.maxFailuresPerName = properties.maxFailuresPerName();
		this.lockout = properties.lockout();
	}

	/**
	 * When the lock on this name at this address ends, if it is locked now (by its own
	 * failures, its address's or the name's from anywhere).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Instant> lockedUntil(String username, String address) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				select max(locked_until) from sign_in_throttle
				where (kind = 'NAME_AT_ADDRESS' and subject_key = :nameAtAddress)
				   or (kind = 'ADDRESS' and subject_key = :address)
				   or (kind = 'NAME' and subject_key = :name)
				""")
			.param("nameAtAddress", nameAtAddress(username, address))
			.param("address", address(address))
			.param("name", name(username))
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.filter(until -> until.isAfter(now));
	}

	/**
	 * Counts one failure on each of the three counters, in one atomic statement so that
	 * concurrent attempts on several instances all count; failures older than the lockout
	 * period start a count afresh. Answers whether the name is now locked at this
	 * address.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(this.lockout));
		// names typed once and long forgotten (any name counts, existing or not) would
		// pile up
		this.jdbc.sql("""
				delete from sign_in_throttle
				where first_failure < :windowStart and (locked_until is null or locked_until <= :now)
				""").param("windowStart", windowStart).param("now", Timestamp.from(now)).update();
		return this.jdbc.sql("""
				insert into sign_in_throttle as t (kind, subject_key, failures, first_failure, locked_until)
				select c.kind, c.subject_key, 1, cast(:now as timestamptz),
				       case when 1 >= c.max then cast(:lockedUntil as timestamptz) end
				from (values ('NAME_AT_ADDRESS', cast(:nameAtAddress as varchar), cast(:max as integer)),
				             ('ADDRESS', cast(:address as varchar), cast(:maxPerAddress as integer)),
				             ('NAME', cast(:name as varchar), cast(:maxPerName as integer)))
				     as c (kind, subject_key, max)
				on conflict (kind, subject_key) do update set
				    failures = case when t.first_failure < cast(:windowStart as timestamptz) then 1
				                    else t.failures + 1 end,
				    first_failure = case when t.first_failure < cast(:windowStart as timestamptz)
				                         then cast(:now as timestamptz) else t.first_failure end,
				    locked_until = case
				        when t.first_failure >= cast(:windowStart as timestamptz)
				             and t.failures + 1 >= case t.kind when 'NAME_AT_ADDRESS' then cast(:max as integer)
				                                               when 'ADDRESS' then cast(:maxPerAddress as integer)
				                                               else cast(:maxPerName as integer) end
				        then cast(:lockedUntil as timestamptz)
				        else t.locked_until end
				returning locked_until
				""")
			.param("nameAtAddress", nameAtAddress(username, address))
			.param("address", address(address))
			.param("name", name(username))
			.param("now", Timestamp.from(now))
			.param("max", this.maxFailures)
			.param("maxPerAddress", this.maxFailuresPerAddress)
			.param("maxPerName", this.maxFailuresPerName)
			.param("lockedUntil", Timestamp.from(now.plus(this.lockout)))
			.param("windowStart", windowStart)
			.query(Timestamp.class)
			.list()
			.stream()
			.anyMatch(until -> until != null && until.toInstant().isAfter(now));
	}

	/**
	 * A successful sign-in forgets the name's failures; the address's stay counted, so
	 * that signing in to one's own account between guesses does not reset them.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String username, String address) {
		this.jdbc
			.sql("""
					delete from sign_in_throttle
					where (kind = 'NAME_AT_ADDRESS' and subject_key = :nameAtAddress) or (kind = 'NAME' and subject_key = :name)
					""")
			.param("nameAtAddress", nameAtAddress(username, address))
			.param("name", name(username))
			.update();
	}

	Duration lockout() {
		return this.lockout;
	}

	private static String name(String username) {
		String key = (username == null) ? "" : username.strip().toLowerCase(Locale.ROOT);
		return (key.length() > NAME_LENGTH) ? key.substring(0, NAME_LENGTH) : key;
	}

	private static String address(String address) {
		String key = (address == null || address.isBlank()) ? "?" : address.strip();
		return (key.length() > ADDRESS_LENGTH) ? key.substring(0, ADDRESS_LENGTH) : key;
	}

	private static String nameAtAddress(String username, String address) {
		return name(username) + "\n" + address(address);
	}

}
