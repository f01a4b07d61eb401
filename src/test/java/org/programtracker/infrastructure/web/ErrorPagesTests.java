package org.programtracker.infrastructure.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Errors over real HTTP, as a browser and an API client meet them: pages answer with the
 * translated error page and a way back, whichever part of the application refused the
 * request (a controller, no controller at all, the security filters); the API and a
 * request asking for JSON answer problem details.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPagesTests {

	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private static final JsonMapper json = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	private int port;

	@Autowired
	private ErrorPages errorPages;

	@Test
	void shouldAnswerAMistypedAddressWithTheNotFoundPageInVietnamese() throws Exception {
		signIn("viewer");

		HttpResponse<String> page = page("/bao-cao", "http://localhost:" + this.port + "/progress?year=2024&quarter=1");

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(page.body())
			.contains("lang=\"vi\"", "Không tìm thấy trang", "Địa chỉ: /bao-cao",
					"href=\"/progress?year=2024&amp;quarter=1\"", "Quay lại trang trước", "Về trang tiến độ giải ngân",
					"href=\"/bao-cao?lang=en\"")
			.doesNotContain("\"status\"", "Not Found", "timestamp");
	}

	@Test
	void shouldAnswerAMistypedAddressInEnglishOnceEnglishIsChosen() throws Exception {
		signIn("viewer");
		page("/progress?year=2024&quarter=1&lang=en", null);

		HttpResponse<String> page = page("/bao-cao", null);

		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body())
			.contains("lang=\"en\"", "Page not found", "Address: /bao-cao", "Back to disbursement progress")
			.doesNotContain("Quay lại trang trước");
	}

	@Test
	void shouldAnswerABadParameterWithTheBadRequestPage() throws Exception {
		signIn("viewer");

		HttpResponse<String> page = page("/dashboard?year=abc", null);

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body())
			.contains("lang=\"vi\"", "Yêu cầu không hợp lệ",
					"Yêu cầu không hợp lệ: năm, quý hoặc tham số khác không đúng.")
			.doesNotContain("\"detail\"");
	}

	@Test
	void shouldNameTheMissingParameterOfAnAddressOpenedWithoutIt() throws Exception {
		signIn("admin");

		HttpResponse<String> page = page("/directives/new", null);

		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Địa chỉ thiếu tham số «year».", "Yêu cầu không hợp lệ");
	}

	@Test
	void shouldAnswerAPageTheRoleMayNotOpenWithTheForbiddenPage() throws Exception {
		signIn("viewer");

		HttpResponse<String> page = page("/admin/users", null);

		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Bạn không được mở trang này",
				"Bạn không có quyền xem hoặc thay đổi nội dung này.");
	}

	@Test
	void shouldAnswerAMethodAnAddressDoesNotTakeWithAPage() throws Exception {
		signIn("admin");

		HttpResponse<String> page = page("/admin/users/1/enabled", null);

		assertThat(page.statusCode()).isEqualTo(405);
		assertThat(page.body())
			.contains("lang=\"vi\"", "Không thực hiện được tại địa chỉ này", "Địa chỉ này không nhận loại yêu cầu này.")
			.doesNotContain("timestamp");
	}

	@Test
	void shouldAnswerProblemDetailsToAPageRequestThatAsksForJson() throws Exception {
		signIn("viewer");

		HttpResponse<String> answer = send(
				HttpRequest.newBuilder(uri("/dashboard?year=abc")).header("Accept", "application/json").GET());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		JsonNode problem = json.readTree(answer.body());
		assertThat(problem.get("status").asInt()).isEqualTo(400);
		assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
		assertThat(problem.get("detail").asString()).isEqualTo("The request is not valid.");

		HttpResponse<String> missing = send(
				HttpRequest.newBuilder(uri("/bao-cao")).header("Accept", "application/json").GET());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(json.readTree(missing.body()).get("instance").asString()).isEqualTo("/bao-cao");
	}

	@Test
	void shouldAnswerAnUnknownApiAddressWithProblemDetailsWhateverTheBrowserAccepts() throws Exception {
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("viewer:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", BROWSER_ACCEPT)
			.GET());

		assertThat(answer.statusCode()).isEqualTo(404);
		assertThat(answer.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(json.readTree(answer.body()).get("status").asInt()).isEqualTo(404);
		assertThat(answer.body()).doesNotContain("<html", "Exception", "trace");
	}

	@Test
	void shouldPickTheTemplateOfAStatusWhenThereIsOne() {
		assertThat(this.errorPages.view(404)).isEqualTo("error");
		assertThat(this.errorPages.view(503)).as("a template error/503.html drops in")
			.isIn("error", "error/503", "error/5xx");
	}

	private void signIn(String username) throws IOException, InterruptedException {
		String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(loginPage);
		assertThat(csrf.find()).as("a CSRF token on the sign-in page").isTrue();
		String form = "username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf.group(1));
		HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
		assertThat(answer.uri().getPath()).as("signed in").isNotEqualTo("/login");
	}

	private HttpResponse<String> page(String path, String referrer) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", BROWSER_ACCEPT).GET();
		if (referrer != null) {
			request.header("Referer", referrer);
		}
		return send(request);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
