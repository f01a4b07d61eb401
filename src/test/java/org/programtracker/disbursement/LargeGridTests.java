package org.programtracker.disbursement;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid of 600 plan lines saves over real HTTP, through the servlet container's own
 * limits on a form (MockMvc has none): six thousand fields in one post, as the page sends
 * them. Removes what it created.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class LargeGridTests {

	private static final int COMMUNES = 300;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	private int port;

	@Autowired
	private JdbcClient jdbc;

	private long lastAuditEntry;

	@BeforeEach
	void seedAProvinceOf600Lines() {
		this.lastAuditEntry = this.jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
		this.jdbc.sql("""
				insert into org_unit (code, name, kind, path) values ('LUOI', 'Tỉnh Lưới Dài', 'PROVINCE', '/LUOI/')
				""").update();
		this.jdbc.sql("""
				insert into org_unit (code, name, kind, parent_id, path, sort_order)
				select 'LUOI_C' || lpad(c::text, 3, '0'), 'Xã Lưới ' || c, 'COMMUNE', p.id,
				       '/LUOI/LUOI_C' || lpad(c::text, 3, '0') || '/', c
				from generate_series(1, :communes) c, org_unit p where p.code = 'LUOI'
				""").param("communes", COMMUNES).update();
		this.jdbc.sql("""
				insert into plan_line (org_unit_id, program_id, capital_type, plan_year, origin_year)
				select u.id, p.id, t.capital_type, 2025, 2025
				from org_unit u cross join program p cross join (values ('INVESTMENT'), ('RECURRENT')) t (capital_type)
				where u.path like '/LUOI/%' and u.kind = 'COMMUNE' and p.code = 'NTM'
				""").update();
		this.jdbc.sql("""
				insert into allocation (plan_line_id, kind, decision_number, decision_date, amount_vnd)
				select pl.id, 'ALLOCATION', 'LUOI-' || pl.id, date '2025-01-15', 1000000000
				from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.path like '/LUOI/%'
				""").update();
	}

	@AfterEach
	void removeTheProvince() {
		String lines = "select pl.id from plan_line pl join org_unit u on u.id = pl.org_unit_id where u.path like '/LUOI/%'";
		this.jdbc.sql("delete from audit_entry where id > :id").param("id", this.lastAuditEntry).update();
		this.jdbc.sql("delete from disbursement where plan_line_id in (" + lines + ")").update();
		this.jdbc.sql("delete from allocation where plan_line_id in (" + lines + ")").update();
		this.jdbc.sql("delete from plan_line where id in (" + lines + ")").update();
		this.jdbc.sql("delete from org_unit where path like '/LUOI/_%'").update();
		this.jdbc.sql("delete from org_unit where code = 'LUOI'").update();
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldSaveAGridOf600LinesAsThePagePostsIt() throws Exception {
		signIn("admin");
		String page = send(HttpRequest.newBuilder(uri("/disbursements?orgUnit=LUOI&year=2025&quarter=2")).GET()).body();
		String form = page.substring(page.indexOf("id=\"grid-form\""),
				page.indexOf("</form>", page.indexOf("id=\"grid-form\"")));
		List<Map.Entry<String, String>> fields = fields(form);
		assertThat(fields).filteredOn(field -> field.getKey().endsWith(".lineId")).hasSize(2 * COMMUNES);
		assertThat(fields).as("ten fields a line").hasSize(6000);

		String lastAmount = "rows[" + (2 * COMMUNES - 1) + "].amount";
		String firstAmount = "rows[0].amount";
		StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf(page)));
		for (Map.Entry<String, String> field : fields) {
			String value = field.getKey().equals(lastAmount) ? "12,5"
					: field.getKey().equals(firstAmount) ? "7" : field.getValue();
			body.append('&').append(encode(field.getKey())).append('=').append(encode(value));
		}
		HttpResponse<String> saved = send(HttpRequest.newBuilder(uri("/disbursements?orgUnit=LUOI&year=2025&quarter=2"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())));

		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Đã lưu số giải ngân của quý.");
		assertThat(this.jdbc.sql("""
				select d.amount_vnd from disbursement d join plan_line pl on pl.id = d.plan_line_id
				join org_unit u on u.id = pl.org_unit_id where u.path like '/LUOI/%' and d.quarter = 2
				order by d.amount_vnd
				""").query(Long.class).list()).containsExactly(7_000_000L, 12_500_000L);
	}

	private static List<Map.Entry<String, String>> fields(String form) {
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Matcher input = Pattern.compile("<input[^>]*>").matcher(form);
		while (input.find()) {
			Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(input.group());
			Matcher value = Pattern.compile("value=\"([^\"]*)\"").matcher(input.group());
			if (name.find() && !name.group(1).equals("_csrf")) {
				fields.add(Map.entry(HtmlUtils.htmlUnescape(name.group(1)),
						value.find() ? HtmlUtils.htmlUnescape(value.group(1)) : ""));
			}
		}
		return fields;
	}

	private static String csrf(String page) {
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
		assertThat(csrf.find()).as("a CSRF token in the page").isTrue();
		return csrf.group(1);
	}

	private void signIn(String username) throws IOException, InterruptedException {
		String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
		String form = "username=" + encode(username) + "&password=demo&_csrf=" + encode(csrf(loginPage));
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
