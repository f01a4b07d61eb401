package org.programtracker.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins in the database, so that every instance sees them, three ways,
 * none of which lets anyone lock another person out:
 * <ul>
 * <li>per address ({@code maxFailuresPerAddress}): an address that failed that often,
 * under any names, is <em>throttled</em>: every sign-in from it is refused (429 with
 * {@code Retry-After}) until the period is over. This stops one machine trying many names
 * or passwords, and locks no account: the same names sign in from elsewhere.</li>
 * <li>per name at one address ({@code maxFailures}): the lock a user who forgot their
 * password meets, at that address only.</li>
 * <li>per name from anywhere ({@code maxFailuresPerName}, higher): many machines guessing
 * one password. It puts the name into <em>backoff</em>: from then on, for the period, the
 * name is refused at every address that has itself failed lately (with any name), while
 * an address with no recent failure still gets its try. So a botnet gets at most one
 * guess per address per period, and the real user, typing the right password from their
 * own desk, is never stopped by it. A success does not clear it, or every sign-in of the
 * user would give the guessers a fresh start.</li>
 * </ul>
 * Any name typed is counted, existing or not, so the answer reveals nothing. The operator
 * clears a count with SQL (README, "Sign-in, sessions and the browser"): nothing else is
 * kept.
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
	 * Why a sign-in as this name from this address is refused now, if it is: the address
	 * is throttled (whatever the name), or the name is locked at this address (by its
	 * failures here, or by its backoff, since this address failed lately).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW, readOnly = true)
	public Optional<Refusal> refusal(String username, String address) {
		Instant now = this.clock.instant();
		List<Refusal> refusals = this.jdbc.sql("""
				select kind, locked_until from sign_in_throttle
				where locked_until > :now
				  and ((kind = 'ADDRESS' and subject_key = :address)
				    or (kind = 'NAME_AT_ADDRESS' and subject_key = :nameAtAddress)
				    or (kind = 'NAME' and subject_key = :name
				        and exists (select 1 from sign_in_throttle failing
				                    where failing.kind = 'ADDRESS' and failing.subject_key = :address
				                      and failing.first_failure >= :windowStart)))
				""")
			.param("now", Timestamp.from(now))
			.param("nameAtAddress", nameAtAddress(username, address))
			.param("address", address(address))
			.param("name", name(username))
			.param("windowStart", Timestamp.from(now.minus(this.lockout)))
			.query((row,
					i) -> new Refusal(row.getString("kind").equals("ADDRESS") ? Refusal.Kind.ADDRESS_THROTTLED
							: Refusal.Kind.NAME_LOCKED, row.getTimestamp("locked_until").toInstant()))
			.list();
		return refusals.stream()
			.filter(refusal -> refusal.kind() == Refusal.Kind.ADDRESS_THROTTLED)
			.findFirst()
			.or(() -> refusals.stream().max(Comparator.comparing(Refusal::until)));
	}

	/**
	 * When the refusal of this name at this address ends, if it is refused now.
	 */
	public Optional<Instant> lockedUntil(String username, String address) {
		return refusal(username, address).map(Refusal::until);
	}

	/**
	 * Counts one failure on each of the three counters, in one atomic statement so that
	 * concurrent attempts on several instances all count; failures older than the lockout
	 * period start a count afresh. Answers whether the name is now locked at this
	 * address, or the address throttled.
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
	 * A successful sign-in forgets the name's failures at this address; the address's
	 * stay counted, so that signing in to one's own account between guesses does not
	 * reset them, and so does the name's from anywhere (its backoff stops only failing
	 * addresses, never this one).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String username, String address) {
		this.jdbc.sql("""
				delete from sign_in_throttle where kind = 'NAME_AT_ADDRESS' and subject_key = :nameAtAddress
				""").param("nameAtAddress", nameAtAddress(username, address)).update();
	}

	Duration lockout() {
		return this.lockout;
	}

	/**
	 * A sign-in refused before its password is checked, and until when.
	 */
	record Refusal(Kind kind, Instant until) {

		enum Kind {

			/**
			 * The address failed too often: every sign-in from it waits.
			 */
			ADDRESS_THROTTLED,

			/**
			 * The name failed too often at this address, or from many addresses and this
			 * one among them.
			 */
			NAME_LOCKED

		}

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
