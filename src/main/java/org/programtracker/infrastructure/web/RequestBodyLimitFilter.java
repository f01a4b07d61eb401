package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A body that is neither a form nor a file upload (the API's JSON) may have at most
 * {@link #MAX_BYTES}: the largest request of the API is a few kilobytes, so a 20 MB body
 * is refused with 413 before anything reads it, by its declared length, or, when it is
 * sent in chunks, as soon as it grows past the limit. Forms keep the container's limit
 * ({@code server.tomcat.max-http-form-post-size}), uploads the multipart one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestBodyLimitFilter extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isLimited(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > MAX_BYTES) {
			refuse(request, response);
			return;
		}
		chain.doFilter(new LimitedRequest(request), response);
	}

	private static boolean isLimited(HttpServletRequest request) {
		String type = request.getContentType();
		if (type == null) {
			return request.getContentLengthLong() != 0;
		}
		String lower = type.toLowerCase(java.util.Locale.ROOT);
		return !lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
				&& !lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	/**
	 * 413 as a problem detail for the API, the error page for a page.
	 */
	static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"urn:program-tracker:body-too-large\",\"title\":\"Content too large\",\"status\":413,"
						+ "\"detail\":\"The request body is larger than " + (MAX_BYTES / 1024) + " KB.\",\"maxBytes\":"
						+ MAX_BYTES + "}");
			return;
		}
		response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
	}

	/**
	 * A body sent without its length, cut off once it exceeds the limit.
	 */
	static final class BodyTooLargeException extends IOException {

		BodyTooLargeException() {
			super("The request body is larger than " + MAX_BYTES + " bytes");
		}

	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		LimitedRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (this.limited == null) {
				this.limited = new LimitedInputStream(super.getInputStream());
			}
			return this.limited;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream body;

		private long read;

		LimitedInputStream(ServletInputStream body) {
			this.body = body;
		}

		@Override
		public int read() throws IOException {
			int next = this.body.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int count = this.body.read(buffer, offset, length);
			if (count > 0) {
				count(count);
			}
			return count;
		}

		private void count(int bytes) throws BodyTooLargeException {
			this.read += bytes;
			if (this.read > MAX_BYTES) {
				throw new BodyTooLargeException();
			}
		}

		@Override
		public boolean isFinished() {
			return this.body.isFinished();
		}

		@Override
		public boolean isReady() {
			return this.body.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			this.body.setReadListener(listener);
		}

	}

}
