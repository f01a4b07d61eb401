package org.programtracker.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * An API call the user's role does not allow, or one without its CSRF token, gets 403 as
 * problem details.
 */
@Component
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		ProblemResponses.write(response, HttpStatus.FORBIDDEN, "You are not allowed to do this.");
	}

}
