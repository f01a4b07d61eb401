package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A file upload larger than the multipart limit
 * ({@code spring.servlet.multipart.max-request-size}) is answered before anything reads
 * it. Left to the container, the first filter to ask for a parameter (the CSRF check)
 * makes it fail the request, and its error page too, with its own untranslated page. A
 * page is sent back to where the upload came from, which says that the file is too large
 * and how large it may be ({@code tooLarge} with the limit in MB); the API answers a 413
 * problem detail.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 21)
class UploadLimitFilter extends OncePerRequestFilter {

	/** How many times the limit is read and thrown away to answer a page properly. */
	private static final int DRAINED_LIMITS = 5;

	private final long maxBytes;

	UploadLimitFilter(MultipartProperties multipart) {
		this.maxBytes = multipart.getMaxRequestSize().toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String type = request.getContentType();
		boolean upload = type != null && type.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
		if (!upload || this.maxBytes < 0 || request.getContentLengthLong() <= this.maxBytes) {
			chain.doFilter(request, response);
			return;
		}
		long megabytes = this.maxBytes / (1024 * 1024);
		drain(request);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"urn:program-tracker:file-too-large\",\"title\":\"Content too large\",\"status\":413,"
						+ "\"detail\":\"The uploaded file is larger than " + megabytes + " MB.\",\"maxBytes\":"
						+ this.maxBytes + "}");
			return;
		}
		String query = request.getQueryString();
		response.setStatus(HttpStatus.SEE_OTHER.value());
		response.setHeader(HttpHeaders.LOCATION, request.getRequestURI() + "?"
				+ ((query == null || query.isBlank()) ? "" : query + "&") + "tooLarge=" + megabytes);
	}

	/**
	 * Reads what was sent, up to a few times the limit, so that the browser, still
	 * sending, reads the answer rather than a connection reset; a larger body is left
	 * unread, and the connection closed.
	 */
	private void drain(HttpServletRequest request) throws IOException {
		long budget = DRAINED_LIMITS * this.maxBytes;
		if (request.getContentLengthLong() > budget) {
			return;
		}
		byte[] buffer = new byte[64 * 1024];
		try (var body = request.getInputStream()) {
			while (body.read(buffer) >= 0) {
				// nothing is kept
			}
		}
	}

}
