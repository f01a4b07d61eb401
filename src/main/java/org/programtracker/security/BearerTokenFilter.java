package org.programtracker.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a request that brings {@code Authorization: Bearer <token>} by its
 * personal API token ({@link ApiTokens}): one SHA-256 and one indexed read, no password
 * hash. A token that does not work answers 401 at once, whatever else the request
 * carries. The authentication lasts for the request only; nothing goes into a session.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	static final String SCHEME = "Bearer ";

	private final ApiTokens tokens;

	private final AuthenticationEntryPoint entryPoint;

	private final SignInMetrics metrics;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokens tokens, AuthenticationEntryPoint entryPoint, SignInMetrics metrics) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
		this.metrics = metrics;
	}

	static boolean isBearer(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isBearer(request)) {
			chain.doFilter(request, response);
			return;
		}
		String presented = request.getHeader(HttpHeaders.AUTHORIZATION).substring(SCHEME.length()).strip();
		Optional<AppUserPrincipal> user = this.tokens.authenticate(presented);
		if (user.isEmpty()) {
			this.contexts.clearContext();
			this.metrics.failed(SignInMetrics.Reason.INVALID_TOKEN);
			this.entryPoint.commence(request, response,
					new BadCredentialsException("The token is unknown, expired or revoked"));
			return;
		}
		SecurityContext context = this.contexts.createEmptyContext();
		context.setAuthentication(new ApiTokenAuthentication(user.get()));
		this.contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
