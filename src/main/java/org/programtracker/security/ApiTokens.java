package org.programtracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.InputFormatException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.TextInput;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.internal.ApiToken;
import org.programtracker.security.internal.ApiTokenRepository;
import org.programtracker.security.internal.AppUser;
import org.programtracker.security.internal.AppUserRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens, with which a machine calls the API as its user without a password
 * hash on every request ({@code Authorization: Bearer <token>}). A user makes tokens for
 * themself, an administrator for anyone. The token is 256 random bits, shown once when it
 * is made; only its SHA-256 is kept (a slow hash would defeat the purpose and adds
 * nothing to a secret that cannot be guessed), with its first characters to recognise it
 * by. A token acts with its user's role and scope as they are at each request, and stops
 * working when it expires, is revoked (by its user or an administrator) or its user is
 * disabled. Making and revoking one is audited.
 */
@Service
@Transactional
public class ApiTokens {

	/**
	 * What every token starts with, so that a leaked one is recognised (by a secret
	 * scanner, by a person).
	 */
	static final String TOKEN_START = "pt_";

	static final int PREFIX_LENGTH = TOKEN_START.length() + 8;

	public static final int NAME_LENGTH = 100;

	public static final int DEFAULT_VALIDITY_DAYS = 90;

	/**
	 * The longest a token may live: a token forgotten in a script ends within a year.
	 */
	public static final int MAX_VALIDITY_DAYS = 366;

	/**
	 * How often a token's last use is written: not on every request of a busy client.
	 */
	private static final Duration LAST_USE_COARSENESS = Duration.ofMinutes(5);

	private static final Logger log = LoggerFactory.getLogger(ApiTokens.class);

	private final ApiTokenRepository tokens;

	private final AppUserRepository users;

	private final OrgUnitService orgUnits;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	ApiTokens(ApiTokenRepository tokens, AppUserRepository users, OrgUnitService orgUnits,
			ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.orgUnits = orgUnits;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The day a new token expires unless another is chosen.
	 */
	@Transactional(readOnly = true)
	public LocalDate defaultExpiry() {
		return today().plusDays(DEFAULT_VALIDITY_DAYS);
	}

	/**
	 * Makes a token for the user {@code userId}: the actor's own, or anyone's for an
	 * administrator. The answer holds the token itself, which is never shown again.
	 * @param expiresOn the last day on which it works: after today, at most a year away;
	 * {@code null} for {@link #DEFAULT_VALIDITY_DAYS}
	 */
	public IssuedToken create(AppUserPrincipal actor, long userId, String name, LocalDate expiresOn) {
		AppUser user = reachableUser(actor, userId);
		String checkedName = checkName(name);
		LocalDate lastDay = checkExpiry(expiresOn);
		byte[] secret = new byte[32];
		this.random.nextBytes(secret);
		String token = TOKEN_START + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		Instant now = this.clock.instant();
		ApiToken saved = this.tokens.save(new ApiToken(user.getId(), checkedName, token.substring(0, PREFIX_LENGTH),
				hash(token), now, actor.username(), endOf(lastDay)));
		this.events.publishEvent(new ApiTokenEvent.TokenCreated(saved.getId(),
				change(actor, AuditAction.CREATE, saved, user, null, AuditedChange.fields("user", user.getUsername(),
						"name", checkedName, "prefix", saved.getPrefix(), "expiresOn", lastDay))));
		log.info("'{}' made API token {} ('{}') for '{}', valid through {}", actor.username(), saved.getPrefix(),
				ThrottledAuthenticationProvider.printable(checkedName), user.getUsername(), lastDay);
		return new IssuedToken(row(saved, user.getUsername(), now), token);
	}

	/**
	 * The tokens of a user, newest first: the actor's own, or anyone's for an
	 * administrator.
	 */
	@Transactional(readOnly = true)
	public List<ApiTokenRow> of(AppUserPrincipal actor, long userId) {
		AppUser user = reachableUser(actor, userId);
		Instant now = this.clock.instant();
		return this.tokens.findByUserIdOrderByCreatedAtDescIdDesc(user.getId())
			.stream()
			.map(token -> row(token, user.getUsername(), now))
			.toList();
	}

	/**
	 * Revokes a token of the actor's own, or anyone's for an administrator; another's
	 * token is not found, like one that does not exist. Revoking a revoked token again
	 * changes nothing.
	 */
	public ApiTokenRow revoke(AppUserPrincipal actor, long tokenId) {
		ApiToken token = this.tokens.findById(tokenId)
			.filter(found -> Permissions.isAdmin(actor) || found.getUserId() == actor.id())
			.orElseThrow(() -> new NotFoundException("token", tokenId));
		AppUser user = this.users.findById(token.getUserId()).orElseThrow();
		Instant now = this.clock.instant();
		if (token.getRevokedAt() == null) {
			Map<String, Object> before = AuditedChange.fields("user", user.getUsername(), "name", token.getName(),
					"prefix", token.getPrefix(), "expiresOn", lastDayOf(token));
			token.revoke(actor.username(), now);
			this.tokens.saveAndFlush(token);
			this.events.publishEvent(new ApiTokenEvent.TokenRevoked(token.getId(),
					change(actor, AuditAction.REVOKE, token, user, before, null)));
			log.info("'{}' revoked API token {} of '{}'", actor.username(), token.getPrefix(), user.getUsername());
		}
		return row(token, user.getUsername(), now);
	}

	/**
	 * The user a presented token acts for, as they are now: empty when the token is
	 * unknown, expired or revoked, or its user disabled. Notes when it was used.
	 */
	Optional<AppUserPrincipal> authenticate(String presented) {
		if (presented == null || !presented.startsWith(TOKEN_START) || presented.length() > 200) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiToken> token = this.tokens.findBySecretHash(hash(presented)).filter(found -> found.isValidAt(now));
		if (token.isEmpty()) {
			return Optional.empty();
		}
		Optional<AppUser> user = this.users.findById(token.get().getUserId()).filter(AppUser::isEnabled);
		if (user.isEmpty()) {
			return Optional.empty();
		}
		this.tokens.noteUse(token.get().getId(), now, now.minus(LAST_USE_COARSENESS));
		AppUser found = user.get();
		String homeUnitName = (found.getOrgUnitId() == null) ? null
				: this.orgUnits.findById(found.getOrgUnitId()).map(OrgUnitView::name).orElse(null);
		return Optional.of(AppUserPrincipal.of(found, homeUnitName).withoutPassword());
	}

	private AppUser reachableUser(AppUserPrincipal actor, long userId) {
		if (actor == null) {
			throw new AccessDeniedException("Sign in first");
		}
		if (!Permissions.isAdmin(actor) && actor.id() != userId) {
			throw new NotFoundException("user", userId);
		}
		return this.users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
	}

	private static String checkName(String name) {
		String stripped;
		try {
			stripped = (name == null) ? "" : TextInput.check(name).strip();
		}
		catch (InputFormatException unreadable) {
			throw unreadable.forField("name");
		}
		if (stripped.isEmpty()) {
			throw new FieldProblem("name", "token.name.required");
		}
		if (stripped.length() > NAME_LENGTH) {
			throw new RuleViolationException("name", "text.tooLong", NAME_LENGTH);
		}
		return stripped;
	}

	private LocalDate checkExpiry(LocalDate expiresOn) {
		LocalDate today = today();
		LocalDate lastDay = (expiresOn != null) ? expiresOn : today.plusDays(DEFAULT_VALIDITY_DAYS);
		if (!lastDay.isAfter(today)) {
			throw new FieldProblem("expiresOn", "token.expiresOn.past");
		}
		if (lastDay.isAfter(today.plusDays(MAX_VALIDITY_DAYS))) {
			throw new FieldProblem("expiresOn", "token.expiresOn.tooFar");
		}
		return lastDay;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private ZoneId zone() {
		return this.clock.getZone();
	}

	private Instant endOf(LocalDate lastDay) {
		return lastDay.plusDays(1).atStartOfDay(zone()).toInstant();
	}

	private LocalDate lastDayOf(ApiToken token) {
		return token.getExpiresAt().atZone(zone()).toLocalDate().minusDays(1);
	}

	private ApiTokenRow row(ApiToken token, String username, Instant now) {
		ApiTokenRow.State state = (token.getRevokedAt() != null) ? ApiTokenRow.State.REVOKED
				: token.isValidAt(now) ? ApiTokenRow.State.ACTIVE : ApiTokenRow.State.EXPIRED;
		return new ApiTokenRow(token.getId(), username, token.getName(), token.getPrefix(), token.getCreatedAt(),
				token.getCreatedBy(), lastDayOf(token), token.getLastUsedAt(), token.getRevokedAt(),
				token.getRevokedBy(), state);
	}

	private static AuditedChange change(AppUserPrincipal actor, AuditAction action, ApiToken token, AppUser user,
			Map<String, Object> before, Map<String, Object> after) {
		return new AuditedChange(actor.username(), action, AuditSubject.API_TOKEN, token.getId(), null, null, null,
				null, before, after, null);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * A token just made: its row and the token itself, to hand over once.
	 */
	public record IssuedToken(ApiTokenRow row, String token) {

	}

}
