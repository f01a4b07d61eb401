package org.programtracker.security;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;

import org.programtracker.kernel.DatabaseOutage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages sign in through a login form; the API under {@code /api} takes HTTP Basic, a
 * personal API token ({@code Authorization: Bearer}) or the session of a signed-in
 * browser. CSRF protection stays on for everything a browser session could send; only API
 * requests that carry their own credentials (Basic or a token) and no session are exempt.
 * The actuator's metrics take Basic or a token of an administrator.
 * <p>
 * Rules for every page and endpoint: {@code /admin/**} is for administrators only;
 * everything else needs a signed-in user, and which figures they reach is decided by
 * their scope ({@link AppUserPrincipal#scope()}) in the service layer, answering 404 for
 * anything outside it. Pages may use no inline script, no {@code on*} attribute and no
 * {@code style} attribute: the Content-Security-Policy below blocks them.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	ThrottledAuthenticationProvider throttledAuthenticationProvider(UserDetailsService users,
			PasswordEncoder passwordEncoder, SignInThrottle throttle, SignInMetrics metrics) {
		return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle, metrics);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler deniedHandler, ApiTokens tokens, SignInMetrics metrics) throws Exception {
		// Only a call that authenticates itself (HTTP Basic or a token), and brings no
		// session, is exempt: a request carrying the session cookie is checked whatever
		// other header it has, since it may be authenticated by that cookie.
		RequestMatcher carriesCredentials = request -> request.getRequestedSessionId() == null
				&& (isBasic(request) || BearerTokenFilter.isBearer(request));
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/*/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new BearerTokenFilter(tokens, entryPoint, metrics), BasicAuthenticationFilter.class)
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials))
			.headers(SecurityConfiguration::hardened)
			.addFilterAfter(new PasswordChangeRequiredFilter(true), AuthorizationFilter.class)
			.build();
	}

	/**
	 * The metrics for Prometheus: only for an administrator, with HTTP Basic or an
	 * administrator's API token, as a scraper sends them (401 without, never a redirect
	 * to the sign-in page); nothing here creates a session. Health and its probes stay
	 * open and info for anyone signed in, in the chain of the pages.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain actuatorSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler deniedHandler, ApiTokens tokens, SignInMetrics metrics) throws Exception {
		return http.securityMatcher("/actuator/prometheus", "/actuator/prometheus/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(Role.ADMIN.name()))
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.addFilterBefore(new BearerTokenFilter(tokens, entryPoint, metrics), BasicAuthenticationFilter.class)
			.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.csrf(csrf -> csrf.disable())
			.headers(SecurityConfiguration::hardened)
			.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain webSecurity(HttpSecurity http, Clock clock,
			ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions,
			@Value("${app.security.max-sessions-per-user:5}") int maxSessionsPerUser) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico", "/error",
						"/actuator/health", "/actuator/health/**")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureHandler(signInFailure(clock))
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			// an anonymous visitor gets no session: the page they asked for waits in a
			// cookie, and so does the sign-in form's CSRF token
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionOrCookieCsrfTokenRepository()))
			.sessionManagement(management -> management.sessionFixation(fixation -> fixation.changeSessionId())
				.addSessionAuthenticationStrategy(new SessionLimit(sessions, maxSessionsPerUser)))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
			.headers(SecurityConfiguration::hardened)
			.addFilterAfter(new PasswordChangeRequiredFilter(false), AuthorizationFilter.class)
			.build();
	}

	private static boolean isBasic(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
	}

	/**
	 * A locked name gets its own message (it says nothing about whether the user exists:
	 * unknown names lock alike); an address that failed too often a page of its own with
	 * 429 and {@code Retry-After}; every other failure the same one.
	 */
	private static AuthenticationFailureHandler signInFailure(Clock clock) {
		return (request, response, exception) -> {
			if (DatabaseOutage.isOutage(exception)) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
				return;
			}
			if (exception instanceof ThrottledAuthenticationProvider.SignInThrottledException throttled) {
				response.setHeader(HttpHeaders.RETRY_AFTER,
						String.valueOf(throttled.retryAfterSeconds(clock.instant())));
				response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
				return;
			}
			response.sendRedirect(request.getContextPath()
					+ ((exception instanceof ThrottledAuthenticationProvider.SignInLockedException) ? "/login?locked"
							: "/login?error"));
		};
	}

	private static void hardened(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
			.contentTypeOptions(Customizer.withDefaults())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
					"camera=(), microphone=(), geolocation=(), payment=(), usb=()"))
			.addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"));
	}

}
