package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.programtracker.kernel.RequestId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * How every error is answered, whichever way it arose (an exception of a controller, a
 * request no controller takes, a refusal of the security filters): a page in the user's
 * language with a way back, or RFC 9457 problem details for the API ({@code /api/**}) and
 * for a request that asks for JSON and not for HTML.
 * <p>
 * A page uses the template {@code error/<status>.html} when there is one, then
 * {@code error/4xx.html} or {@code error/5xx.html}, and otherwise the general
 * {@code error.html}, which says what the status means: a template for a status drops in
 * without a line of Java.
 */
@Component
public class ErrorPages {

	private static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final ResourceLoader resources;

	private final String prefix;

	private final String suffix;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Map<Integer, String> views = new ConcurrentHashMap<>();

	ErrorPages(ResourceLoader resources, @Value("${spring.thymeleaf.prefix:classpath:/templates/}") String prefix,
			@Value("${spring.thymeleaf.suffix:.html}") String suffix) {
		this.resources = resources;
		this.prefix = prefix;
		this.suffix = suffix;
	}

	/**
	 * Whether the request is answered with problem details: an API request, or one that
	 * accepts JSON and not HTML (a browser accepts HTML and everything else).
	 */
	public static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (original instanceof String uri) {
			path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		}
		if (path.startsWith("/api/")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(accept);
		}
		catch (RuntimeException unreadable) {
			return false;
		}
		boolean json = accepted.stream()
			.anyMatch(type -> type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"));
		boolean html = accepted.stream()
			.anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
		return json && !html;
	}

	/**
	 * Answers the error: the page (the view and its model; the layout adds the rest) or
	 * the problem details written at once, answering {@code null} then, as a handler that
	 * wrote its answer does.
	 * @param detail what the page says beyond its status, in the user's language, or
	 * {@code null}
	 * @param problemDetail what the problem details say, in English, or {@code null} for
	 * the status's own words
	 */
	public ModelAndView answer(HttpStatus status, String detail, String problemDetail, HttpServletRequest request,
			HttpServletResponse response) {
		response.setStatus(status.value());
		if (wantsJson(request)) {
			writeProblem(status, problemDetail, request, response);
			return null;
		}
		ModelAndView page = new ModelAndView(view(status.value()));
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("detail", detail);
		page.addObject("backTo", sameSiteReferrer(request));
		page.addObject("failedAddress", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		page.addObject("retryAfterMinutes", retryAfterMinutes(response));
		return page;
	}

	/**
	 * The template of the page for a status.
	 */
	String view(int status) {
		return this.views.computeIfAbsent(status, (code) -> {
			for (String candidate : List.of("error/" + code, "error/" + (code / 100) + "xx")) {
				if (this.resources.getResource(this.prefix + candidate + this.suffix).exists()) {
					return candidate;
				}
			}
			return "error";
		});
	}

	private void writeProblem(HttpStatus status, String detail, HttpServletRequest request,
			HttpServletResponse response) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		problem.put("detail", (detail != null) ? detail : defaultDetail(status));
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		problem.put("instance", (uri != null) ? uri : request.getRequestURI());
		if (RequestId.current() != null) {
			problem.put("requestId", RequestId.current());
		}
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		try {
			response.getOutputStream().write(this.json.writeValueAsBytes(problem));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The answer's {@code Retry-After} in whole minutes, rounded up, for the page that
	 * asks to wait; {@code null} without one.
	 */
	private static Long retryAfterMinutes(HttpServletResponse response) {
		String seconds = response.getHeader(HttpHeaders.RETRY_AFTER);
		if (seconds == null || !seconds.matches("\\d{1,9}")) {
			return null;
		}
		return (Long.parseLong(seconds) + 59) / 60;
	}

	private static String defaultDetail(HttpStatus status) {
		return switch (status.value()) {
			case 400 -> "The request is not valid.";
			case 403 -> "You are not allowed to do this.";
			case 404 -> "Nothing is found at this address that you may see.";
			case 405 -> "This address does not take this method.";
			case 409 -> "Someone else changed these figures since you read them. Read them again and retry.";
			case 429 -> "Too many attempts from this address lately. Try again after Retry-After seconds.";
			default -> status.is5xxServerError() ? "Something went wrong on our side; please try again later."
					: status.getReasonPhrase() + ".";
		};
	}

	/**
	 * The page the user came from, when it is a page of this application (and not the
	 * address that failed), for the link back.
	 */
	private static String sameSiteReferrer(HttpServletRequest request) {
		String referrer = request.getHeader(HttpHeaders.REFERER);
		if (referrer == null) {
			return null;
		}
		try {
			URI from = URI.create(referrer);
			if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
					|| from.getRawPath() == null) {
				return null;
			}
			String path = from.getRawPath() + ((from.getRawQuery() != null) ? "?" + from.getRawQuery() : "");
			Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
			String failedPath = (failed != null) ? failed.toString() : request.getRequestURI();
			return (path.startsWith("/") && !from.getRawPath().equals(failedPath)) ? path : null;
		}
		catch (IllegalArgumentException unreadable) {
			return null;
		}
	}

}
