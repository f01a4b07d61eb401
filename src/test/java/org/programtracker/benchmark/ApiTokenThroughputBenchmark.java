package org.programtracker.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a personal API token saves an integration: {@value #CLIENTS} clients call
 * {@code GET /api/v1/progress} as fast as they can for {@value #SECONDS} s, first with
 * HTTP Basic (a bcrypt check on every request), then with a token (one SHA-256 and one
 * indexed read), and the requests per second, the median and the 95th percentile of each
 * are printed. The token must carry more requests.
 * <p>
 * Not part of {@code ./mvnw verify}: {@code reliability/run} runs it (or
 * {@code ./mvnw -Pbenchmark test -Dtest=ApiTokenThroughputBenchmark}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = "app.security.sign-in.max-failures-per-address=100000")
@ActiveProfiles({ "test", "benchmark" })
class ApiTokenThroughputBenchmark {

	private static final int CLIENTS = 50;

	private static final int SECONDS = 20;

	private static final String PROGRESS = "/api/v1/progress?year=2024&quarter=1";

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	@Test
	void shouldCarryMoreRequestsWithATokenThanWithHttpBasic() throws Exception {
		String basic = "Basic " + Base64.getEncoder().encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8));
		String token = makeToken(basic);
		// both warmed up alike: the first requests compile and fill caches
		run(basic, 3);
		run("Bearer " + token, 3);

		Result withBasic = run(basic, SECONDS);
		Result withToken = run("Bearer " + token, SECONDS);

		System.out.printf("%nAPI throughput, %d clients for %d s each, GET %s (%d cores):%n", CLIENTS, SECONDS,
				PROGRESS, Runtime.getRuntime().availableProcessors());
		System.out.println("  HTTP Basic: " + withBasic);
		System.out.println("  API token:  " + withToken);
		assertThat(withBasic.failures()).isZero();
		assertThat(withToken.failures()).isZero();
		assertThat(withToken.perSecond()).isGreaterThan(withBasic.perSecond());
	}

	private String makeToken(String basic) throws Exception {
		HttpResponse<String> created = this.http.send(HttpRequest.newBuilder(uri("/api/v1/tokens"))
			.header("Authorization", basic)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);
		return com.jayway.jsonpath.JsonPath.read(created.body(), "$.token");
	}

	private Result run(String authorization, int seconds) throws Exception {
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger failures = new AtomicInteger();
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				running.add(clients.submit(() -> {
					while (System.nanoTime() < end) {
						long started = System.nanoTime();
						try {
							HttpResponse<Void> answer = this.http.send(HttpRequest.newBuilder(uri(PROGRESS))
								.header("Authorization", authorization)
								.build(), HttpResponse.BodyHandlers.discarding());
							if (answer.statusCode() != 200) {
								failures.incrementAndGet();
							}
						}
						catch (Exception ex) {
							failures.incrementAndGet();
						}
						latencies.add((System.nanoTime() - started) / 1_000_000);
					}
					return null;
				}));
			}
			for (Future<?> client : running) {
				client.get();
			}
		}
		finally {
			clients.shutdownNow();
		}
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Result(sorted.size(), seconds, failures.get(), sorted.get(sorted.size() / 2),
				sorted.get((int) Math.min(sorted.size() - 1, Math.round(sorted.size() * 0.95))));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	record Result(int requests, int seconds, int failures, long medianMillis, long p95Millis) {

		double perSecond() {
			return (double) this.requests / this.seconds;
		}

		@Override
		public String toString() {
			return String.format("%,d requests, %.1f requests/s, median %d ms, p95 %d ms, %d failed", this.requests,
					perSecond(), this.medianMillis, this.p95Millis, this.failures);
		}

	}

}
