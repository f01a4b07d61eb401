package org.programtracker.security;

import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a username and password (for the login form and for HTTP Basic alike), refusing
 * a name that failed too often lately. Every failure looks the same from outside, whether
 * the user does not exist, is disabled or typed a wrong password; the session keeps the
 * user without their password hash.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

	private final DaoAuthenticationProvider passwords;

	private final SignInThrottle throttle;

	private final SignInMetrics metrics;

	ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder, SignInThrottle throttle,
			SignInMetrics metrics) {
		this.metrics = metrics;
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(passwordEncoder);
		// A disabled account is refused only after its password was checked, so that it
		// takes as long as any other failure.
		this.passwords.setPreAuthenticationChecks(user -> {
		});
		this.passwords.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = from(authentication);
		Optional<SignInThrottle.Refusal> refusal = this.throttle.refusal(username, address);
		if (refusal.isPresent()) {
			Instant until = refusal.get().until();
			if (refusal.get().kind() == SignInThrottle.Refusal.Kind.ADDRESS_THROTTLED) {
				log.warn("Refused a sign-in as '{}' from {}: the address is throttled until {}", printable(username),
						address, until);
				this.metrics.failed(SignInMetrics.Reason.THROTTLED);
				throw new SignInThrottledException(until);
			}
			log.warn("Refused a sign-in as '{}' from {}: locked until {}", printable(username), address, until);
			this.metrics.failed(SignInMetrics.Reason.LOCKED);
			throw new SignInLockedException();
		}
		Authentication result;
		try {
			result = this.passwords.authenticate(authentication);
		}
		catch (AuthenticationException ex) {
			boolean locked = this.throttle.recordFailure(username, address);
			this.metrics.failed(SignInMetrics.Reason.BAD_CREDENTIALS);
			log.warn("Failed sign-in as '{}' from {}{}", printable(username), address, locked
					? "; sign-ins as this name, or any, from this address now wait " + this.throttle.lockout() : "");
			throw new BadCredentialsException("Wrong username or password");
		}
		this.throttle.reset(username, address);
		AppUserPrincipal user = ((AppUserPrincipal) result.getPrincipal()).withoutPassword();
		log.info("Signed in: '{}' ({}) from {}", user.username(), user.role(), address);
		UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.getAuthorities());
		signedIn.setDetails(authentication.getDetails());
		return signedIn;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	private static String from(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: "?";
	}

	/**
	 * A name as typed, made safe for one log line.
	 */
	static String printable(String text) {
		if (text == null) {
			return "";
		}
		String shortened = (text.length() > 100) ? text.substring(0, 100) + "…" : text;
		return shortened.replaceAll("\\p{Cntrl}", "?");
	}

	/**
	 * Too many failed sign-ins from this address lately, with any names: every sign-in
	 * from it waits until {@link #until()} (429 with {@code Retry-After}); no account is
	 * locked.
	 */
	static class SignInThrottledException extends AuthenticationException {

		private final Instant until;

		SignInThrottledException(Instant until) {
			super("Too many failed sign-ins from this address; try again later");
			this.until = until;
		}

		Instant until() {
			return this.until;
		}

		/**
		 * Whole seconds until the address may try again, for {@code Retry-After}.
		 */
		long retryAfterSeconds(Instant now) {
			return Math.max(1, java.time.Duration.between(now, this.until).toSeconds() + 1);
		}

	}

	/**
	 * Too many failed sign-ins with this name lately.
	 */
	static class SignInLockedException extends AuthenticationException {

		SignInLockedException() {
			super("Too many failed sign-ins; try again later");
		}

	}

}
