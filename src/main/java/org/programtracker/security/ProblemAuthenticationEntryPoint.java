package org.programtracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.programtracker.kernel.DatabaseOutage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * An API call without valid credentials gets 401 as problem details, with a Basic
 * challenge.
 */
@Component
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

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
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Program Tracker\"");
		ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Sign in with a valid username and password.");
	}

}
