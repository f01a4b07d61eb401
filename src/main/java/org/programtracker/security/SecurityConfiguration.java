package org.programtracker.security;

import org.programtracker.kernel.DatabaseOutage;

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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages sign in through a login form; the API under {@code /api} takes HTTP Basic or the
 * session of a signed-in browser. CSRF protection stays on for everything a browser
 * session could send; only API requests that carry their own HTTP Basic credentials and
 * no session are exempt.
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
			PasswordEncoder passwordEncoder, SignInThrottle throttle) {
		return new ThrottledAuthenticationProvider(users, passwordEncoder, throttle);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint entryPoint,
			ProblemAccessDeniedHandler deniedHandler) throws Exception {
		// Only a call that authenticates itself with HTTP Basic, and brings no session,
		// is
		// exempt: a request carrying the session cookie is checked whatever other header
		// it
		// has, since it may be authenticated by that cookie.
		RequestMatcher carriesCredentials = request -> {
			String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
			return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
					&& request.getRequestedSessionId() == null;
		};
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/api/*/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(entryPoint).accessDeniedHandler(deniedHandler))
			.csrf(csrf -> csrf.ignoringRequestMatchers(carriesCredentials))
			.headers(SecurityConfiguration::hardened)
			.addFilterAfter(new PasswordChangeRequiredFilter(true), AuthorizationFilter.class)
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
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
				.failureHandler(signInFailure())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
			.exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredFormHandler()))
			.headers(SecurityConfiguration::hardened)
			.addFilterAfter(new PasswordChangeRequiredFilter(false), AuthorizationFilter.class)
			.build();
	}

	/**
	 * A locked name gets its own message (it says nothing about whether the user exists:
	 * unknown names lock alike); every other failure the same one.
	 */
	private static AuthenticationFailureHandler signInFailure() {
		return (request, response, exception) -> {
			if (DatabaseOutage.isOutage(exception)) {
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
				response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
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
