package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that loses the database while it renders (under load, the menu or a figure asked
 * of a service finds no connection in time) is answered with the whole "temporarily
 * unavailable" page and 503, never with half a page and a 500: pages are rendered whole
 * before a byte is sent
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}).
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RenderingOutageTests.Pages.class)
class RenderingOutageTests {

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	private int port;

	@Test
	void shouldAnswerTheWholeUnavailablePageWhenTheDatabaseGoesAwayWhileAPageRenders() throws Exception {
		signIn("viewer");

		HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/test/rendering-outage")).GET());

		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(page.body()).contains("Tạm thời không truy cập được", "Hãy thử lại sau 10 giây")
			.doesNotContain("of the page before its figure")
			.endsWith("</html>\n");
	}

	private void signIn(String username) throws IOException, InterruptedException {
		String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=demo&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.uri().getPath()).as("signed in").isNotEqualTo("/login");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Pages {

		@Bean
		RenderingOutageController renderingOutageController() {
			return new RenderingOutageController();
		}

	}

	@Controller
	static class RenderingOutageController {

		@GetMapping("/test/rendering-outage")
		String page(Model model) {
			model.addAttribute("rows", IntStream.range(0, 2000).boxed().toList());
			model.addAttribute("database", new GoneDatabase());
			return "test/rendering-outage";
		}

	}

	/**
	 * What a figure read through the pool meets when no connection came free in time.
	 */
	public static class GoneDatabase {

		public String figure() {
			throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
					new SQLTransientConnectionException(
							"embedded - Connection is not available, request timed out after 3000ms"));
		}

	}

}
