package org.programtracker.infrastructure.observability;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.programtracker.kernel.RequestId;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request its id ({@link RequestId}) before anything else runs, security
 * included, and keeps it for the error page the container may show for it afterwards. It
 * also counts the answers that are conflicts (409), from a page or the API alike.
 */
class RequestIdFilter extends OncePerRequestFilter {

	private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".ID";

	private final ApplicationMetrics metrics;

	RequestIdFilter(ApplicationMetrics metrics) {
		this.metrics = metrics;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = idOf(request);
		String outer = MDC.get(RequestId.MDC_KEY);
		MDC.put(RequestId.MDC_KEY, id);
		response.setHeader(RequestId.HEADER, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (request.getDispatcherType() != jakarta.servlet.DispatcherType.ERROR
					&& response.getStatus() == HttpServletResponse.SC_CONFLICT) {
				this.metrics.conflict(request.getRequestURI().startsWith(request.getContextPath() + "/api/"));
			}
			if (outer != null) {
				MDC.put(RequestId.MDC_KEY, outer);
			}
			else {
				MDC.remove(RequestId.MDC_KEY);
			}
		}
	}

	private static String idOf(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof String kept) {
			return kept;
		}
		String given = request.getHeader(RequestId.HEADER);
		String id = RequestId.isSane(given) ? given : UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, id);
		return id;
	}

}
