package org.programtracker.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * Keeps the CSRF token of a signed-in user in their session, as before, and that of a
 * visitor who has no session (the sign-in page) in a cookie, so that showing the sign-in
 * page writes no session row: an anonymous visitor leaves nothing in the database. The
 * cookie is HTTP-only and same-site; a session, once there, takes over.
 */
final class SessionOrCookieCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "XSRF-TOKEN";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

	SessionOrCookieCsrfTokenRepository() {
		this.cookies.setCookieName(COOKIE);
		this.cookies.setCookiePath("/");
		this.cookies.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (token == null) {
			this.sessions.saveToken(null, request, response);
			if (hasCookie(request)) {
				this.cookies.saveToken(null, request, response);
			}
			return;
		}
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
		else {
			this.cookies.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			return this.sessions.loadToken(request);
		}
		return this.cookies.loadToken(request);
	}

	private static boolean hasCookie(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return false;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return true;
			}
		}
		return false;
	}

}
