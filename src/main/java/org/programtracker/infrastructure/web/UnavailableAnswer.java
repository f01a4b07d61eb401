package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.kernel.DatabaseOutage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The answer of a request that cannot be served now, the database being unreachable
 * ({@link DatabaseOutageFilter}) or every connection busy for too long
 * ({@link RequestAdmissionFilter}): 503 with {@code Retry-After}, a problem detail for
 * the API, the translated "temporarily unavailable" page
 * ({@code templates/error/503.html}) for a page.
 */
@Component
class UnavailableAnswer {

	private final ITemplateEngine templates;

	private final LocaleResolver locales;

	UnavailableAnswer(ITemplateEngine templates, LocaleResolver locales) {
		this.templates = templates;
		this.locales = locales;
	}

	/**
	 * 503 with {@code Retry-After}: a problem detail for the API, the error page for a
	 * page, rendered here rather than through the container's error dispatch, which would
	 * ask the session store (the database) again.
	 */
	void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
		if (isApi(request)) {
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			write(response, ApiExceptionHandler.UNAVAILABLE_JSON);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		IWebExchange exchange = JakartaServletWebApplication.buildApplication(request.getServletContext())
			.buildExchange(request, response);
		StringWriter page = new StringWriter();
		this.templates.process("error/503", new WebContext(exchange, this.locales.resolveLocale(request)), page);
		write(response, page.toString());
	}

	/**
	 * Writes the answer through whichever of the response's stream and writer the failed
	 * request had already taken (a JSON body is written to the stream, a page to the
	 * writer): a response gives only one of them.
	 */
	private static void write(HttpServletResponse response, String body) throws IOException {
		try {
			response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (IllegalStateException writerTaken) {
			response.getWriter().write(body);
		}
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/api/");
	}

}
