package org.programtracker.infrastructure.web;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests beyond the connections there are wait their turn instead of failing inside the
 * request; only one that waited past the queue's timeout is answered 503.
 */
class RequestAdmissionFilterTests {

	private final CountDownLatch firstInside = new CountDownLatch(1);

	private final CountDownLatch releaseFirst = new CountDownLatch(1);

	@Test
	void shouldLetARequestWaitForTheTurnOfTheOneBeingServedAndThenServeIt() throws Exception {
		RequestAdmissionFilter filter = filter(Duration.ofSeconds(20));
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> serve(filter, true));
		assertThat(this.firstInside.await(10, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> serve(filter, false));
		Thread.sleep(300);
		assertThat(second).as("waiting while the first holds the only turn").isNotDone();
		this.releaseFirst.countDown();

		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(second.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
	}

	@Test
	void shouldAnswer503WithRetryAfterWhenNoTurnCameFreeInTime() throws Exception {
		RequestAdmissionFilter filter = filter(Duration.ofMillis(200));
		CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> serve(filter, true));
		assertThat(this.firstInside.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletResponse second = serve(filter, false);
		this.releaseFirst.countDown();

		assertThat(second.getStatus()).isEqualTo(503);
		assertThat(second.getHeader("Retry-After")).isEqualTo("10");
		assertThat(second.getContentType()).startsWith("application/problem+json");
		assertThat(second.getContentAsString()).contains("\"status\":503");
		assertThat(first.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
		assertThat(serve(filter, false).getStatus()).as("the turn given back").isEqualTo(200);
	}

	@Test
	void shouldServeStaticFilesWithoutATurn() throws Exception {
		RequestAdmissionFilter filter = filter(Duration.ofMillis(200));
		CompletableFuture.supplyAsync(() -> serve(filter, true));
		assertThat(this.firstInside.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/css/app.css");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (req, res) -> ((MockHttpServletResponse) res).setStatus(200));
		this.releaseFirst.countDown();

		assertThat(response.getStatus()).isEqualTo(200);
	}

	private static RequestAdmissionFilter filter(Duration queueTimeout) {
		return new RequestAdmissionFilter(1, new AdmissionProperties(1, queueTimeout),
				new UnavailableAnswer(null, null));
	}

	private MockHttpServletResponse serve(RequestAdmissionFilter filter, boolean holdTheTurn) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/progress");
		MockHttpServletResponse response = new MockHttpServletResponse();
		FilterChain chain = (req, res) -> {
			if (holdTheTurn) {
				this.firstInside.countDown();
				try {
					this.releaseFirst.await(10, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			((MockHttpServletResponse) res).setStatus(200);
		};
		try {
			filter.doFilter(request, response, chain);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return response;
	}

}
