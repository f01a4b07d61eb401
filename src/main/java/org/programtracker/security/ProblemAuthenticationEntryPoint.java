package org.programtracker.security;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.programtracker.kernel.DatabaseOutage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * An API call without valid credentials gets 401 as problem details, with a Basic (or,
 * for a token that does not work, Bearer) challenge; one from a throttled address 429.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private final Clock clock;

	ProblemAuthenticationEntryPoint(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		if (DatabaseOutage.isOutage(ex)) {
			// the password could not be checked: the database is down, not the
			// credentials wrong
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
			ProblemResponses.write(response, HttpStatus.SERVICE_UNAVAILABLE,
					"The database cannot be reached at the moment; nothing was changed. Try again in a few seconds.");
			return;
		}
		if (ex instanceof ThrottledAuthenticationProvider.SignInThrottledException throttled) {
			response.setHeader(HttpHeaders.RETRY_AFTER,
					String.valueOf(throttled.retryAfterSeconds(this.clock.instant())));
			ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS,
					"Too many failed sign-ins came from this address lately; no account is locked. Try again after Retry-After seconds.");
			return;
		}
		if (BearerTokenFilter.isBearer(request)) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
					"Bearer realm=\"Program Tracker\", error=\"invalid_token\"");
			ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
					"The API token is unknown, expired or revoked, or its account is disabled.");
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Program Tracker\"");
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
				"Sign in with a valid username and password, or a valid API token.");
	}

}
