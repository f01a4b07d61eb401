package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Serves as many requests at once as the database has connections for, and lets the
 * others wait their turn, first come first served, for up to
 * {@code app.admission.queue-timeout}. Without it, a burst of requests (fifty readers on
 * a pool of ten) made each wait for a connection inside the request, where the pool's
 * short timeout, there to notice a database that stopped answering, turned the wait into
 * a 503. Admitted requests find a connection at once, so the pool's timeout keeps meaning
 * an outage; a request still waiting at the end of its turn's timeout is answered 503
 * with {@code Retry-After}, as in an outage. Static files are served without waiting.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestAdmissionFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestAdmissionFilter.class);

	private static final int DEFAULT_CONCURRENT_REQUESTS = 10;

	private final Semaphore turns;

	private final long queueTimeoutNanos;

	private final UnavailableAnswer unavailable;

	@Autowired
	RequestAdmissionFilter(AdmissionProperties properties, DataSource dataSource, UnavailableAnswer unavailable) {
		this(concurrentRequests(properties, dataSource), properties, unavailable);
	}

	RequestAdmissionFilter(int concurrentRequests, AdmissionProperties properties, UnavailableAnswer unavailable) {
		this.turns = new Semaphore(concurrentRequests, true);
		this.queueTimeoutNanos = properties.queueTimeout().toNanos();
		this.unavailable = unavailable;
	}

	private static int concurrentRequests(AdmissionProperties properties, DataSource dataSource) {
		if (properties.concurrentRequests() != null) {
			return properties.concurrentRequests();
		}
		try {
			if (dataSource.isWrapperFor(HikariDataSource.class)) {
				return dataSource.unwrap(HikariDataSource.class).getMaximumPoolSize();
			}
		}
		catch (SQLException ex) {
			// not a pool that says its size: the default below
		}
		return DEFAULT_CONCURRENT_REQUESTS;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return StaticResources.LOCATIONS.stream().anyMatch(path::startsWith) || path.equals("/favicon.ico");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean admitted;
		try {
			admitted = this.turns.tryAcquire(this.queueTimeoutNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			admitted = false;
		}
		if (!admitted) {
			log.warn("Every connection stayed busy: {} {} answered 503", request.getMethod(), request.getRequestURI());
			this.unavailable.send(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.turns.release();
		}
	}

}
