package org.programtracker.security;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Personal API tokens through the API: made with a password, used as
 * {@code Authorization: Bearer}, with the user's role and scope, until revoked, expired
 * or the user disabled.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ApiTokenApiTests {

	private static final String PROGRESS = "/api/v1/progress?year=2024&quarter=1";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private java.time.Clock clock;

	@jakarta.persistence.PersistenceContext
	private jakarta.persistence.EntityManager entityManager;

	@Test
	void shouldMakeATokenThatWorksUntilItIsRevoked() {
		MvcTestResult created = create("editor", "{\"name\":\"Báo cáo tỉnh\"}");

		assertThat(created).hasStatus(HttpStatus.CREATED);
		String token = token(created);
		long id = id(created);
		assertThat(token).startsWith("pt_").hasSize(46);
		assertThat(created).bodyJson().extractingPath("$.name").isEqualTo("Báo cáo tỉnh");
		assertThat(created).bodyJson().extractingPath("$.prefix").isEqualTo(token.substring(0, 11));
		assertThat(created).bodyJson()
			.extractingPath("$.expiresOn")
			.isEqualTo(LocalDate.now(this.clock).plusDays(90).toString());
		assertThat(created).bodyJson().extractingPath("$.state").isEqualTo("ACTIVE");
		assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/tokens/" + id);

		MvcTestResult progress = this.mvc.get()
			.uri(PROGRESS)
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange();
		assertThat(progress).hasStatusOk();
		assertThat(progress).bodyJson().extractingPath("$.orgUnit").isEqualTo("HUA_BUM");

		MvcTestResult listed = this.mvc.get()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange();
		assertThat(listed).hasStatusOk();
		assertThat(listed).bodyJson().extractingPath("$[?(@.id==" + id + ")].lastUsedAt").asArray().hasSize(1);
		assertThat(listed).bodyText().doesNotContain(token.substring(11));

		assertThat(this.mvc.delete().uri("/api/v1/tokens/{id}", id).header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.hasStatus(HttpStatus.NO_CONTENT);

		MvcTestResult revoked = this.mvc.get()
			.uri(PROGRESS)
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.exchange();
		assertThat(revoked).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(revoked).headers()
			.hasValue(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Program Tracker\", error=\"invalid_token\"");
		assertThat(revoked).bodyJson().extractingPath("$.status").isEqualTo(401);
		assertThat(this.jdbc.sql("""
				select action from audit_entry where subject = 'API_TOKEN' and subject_id = :id order by id""")
			.param("id", id)
			.query(String.class)
			.list()).containsExactly("CREATE", "REVOKE");
	}

	@Test
	void shouldKeepOnlyAHashOfTheTokenAndAuditItsMakingWithoutTheSecret() {
		MvcTestResult created = create("viewer",
				"{\"name\":\"dashboard\",\"expiresOn\":\"" + LocalDate.now(this.clock).plusDays(200) + "\"}");
		String token = token(created);

		Map<String, Object> row = this.jdbc.sql("select prefix, secret_hash from api_token where id = :id")
			.param("id", id(created))
			.query()
			.singleRow();
		assertThat(row.get("secret_hash")).isEqualTo(ApiTokens.hash(token)).isNotEqualTo(token);
		assertThat(row.get("prefix")).isEqualTo(token.substring(0, 11));
		String audited = this.jdbc.sql("""
				select cast(new_value as text) from audit_entry where subject = 'API_TOKEN' and subject_id = :id""")
			.param("id", id(created))
			.query(String.class)
			.single();
		assertThat(audited).contains("\"user\": \"viewer\"", "\"name\": \"dashboard\"")
			.doesNotContain(token.substring(11));
	}

	@Test
	void shouldRefuseAnExpiredToken() {
		MvcTestResult created = create("editor", "{\"name\":\"expiring\"}");
		String token = token(created);
		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token))).hasStatusOk();

		this.entityManager.flush();
		this.jdbc.sql("""
				update api_token set created_at = now() - interval '2 days', expires_at = now() - interval '1 second'
				where id = :id""").param("id", id(created)).update();
		// as the next request would, in its own transaction
		this.entityManager.clear();

		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri("/api/v1/tokens").with(httpBasic("editor", "demo"))).bodyJson()
			.extractingPath("$[?(@.id==" + id(created) + ")].state")
			.asArray()
			.containsExactly("EXPIRED");
	}

	@Test
	void shouldStopTheTokensOfADisabledUserAtOnce() {
		String token = token(create("editor", "{\"name\":\"nightly\"}"));
		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token))).hasStatusOk();

		this.entityManager.flush();
		this.jdbc.sql("update app_user set enabled = false where username = 'editor'").update();
		this.entityManager.clear();

		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, bearer(token)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	@Test
	void shouldActWithTheRoleAndScopeOfItsUser() {
		String editor = token(create("editor", "{\"name\":\"scope\"}"));
		String viewer = token(create("viewer", "{\"name\":\"scope\"}"));

		assertThat(this.mvc.get().uri(PROGRESS + "&orgUnit=NAM_HANG").header(HttpHeaders.AUTHORIZATION, bearer(editor)))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(PROGRESS + "&orgUnit=NAM_HANG").header(HttpHeaders.AUTHORIZATION, bearer(viewer)))
			.hasStatusOk();
		assertThat(this.mvc.post()
			.uri("/api/v1/programs")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"code\":\"CT9\",\"nameVi\":\"Thử\",\"nameEn\":\"Test\"}")).hasStatus(HttpStatus.FORBIDDEN);
		String entry = """
				{"orgUnit":"%s","program":"NTM","capitalType":"INVESTMENT","planYear":2025,"quarter":2,"amountVnd":500000}""";
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(entry.formatted("NAM_HANG"))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.header(HttpHeaders.AUTHORIZATION, bearer(viewer))
			.contentType(MediaType.APPLICATION_JSON)
			.content(entry.formatted("HUA_BUM"))).hasStatus(HttpStatus.FORBIDDEN);
		MvcTestResult saved = this.mvc.put()
			.uri("/api/v1/disbursements")
			.header(HttpHeaders.AUTHORIZATION, bearer(editor))
			.contentType(MediaType.APPLICATION_JSON)
			.content(entry.formatted("HUA_BUM"))
			.exchange();
		assertThat(saved).hasStatusOk();
		assertThat(this.jdbc.sql("""
				select username from audit_entry where subject = 'DISBURSEMENT' order by id desc limit 1""")
			.query(String.class)
			.single()).isEqualTo("editor");
	}

	@Test
	void shouldNotLetATokenMakeAnotherToken() {
		String token = token(create("editor", "{\"name\":\"first\"}"));

		assertThat(this.mvc.post()
			.uri("/api/v1/tokens")
			.header(HttpHeaders.AUTHORIZATION, bearer(token))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"second\"}")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldLetOnlyItsOwnerOrAnAdministratorRevokeAToken() {
		long id = id(create("editor", "{\"name\":\"kept\"}"));

		assertThat(this.mvc.delete().uri("/api/v1/tokens/{id}", id).with(httpBasic("viewer", "demo")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/v1/tokens/{id}", 999_999_999L).with(httpBasic("editor", "demo")))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.delete().uri("/api/v1/tokens/{id}", id).with(httpBasic("admin", "demo")))
			.hasStatus(HttpStatus.NO_CONTENT);
		assertThat(this.jdbc.sql("select revoked_by from api_token where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("admin");
	}

	@Test
	void shouldRefuseANamelessTokenOrAnExpiryOutsideAYear() {
		LocalDate today = LocalDate.now(this.clock);
		MvcTestResult nameless = create("editor", "{\"name\":\"  \"}");
		assertThat(nameless).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(nameless).bodyJson().extractingPath("$.field").isEqualTo("name");
		MvcTestResult past = create("editor", "{\"name\":\"x\",\"expiresOn\":\"" + today + "\"}");
		assertThat(past).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(past).bodyJson().extractingPath("$.field").isEqualTo("expiresOn");
		assertThat(past).bodyJson().extractingPath("$.detail").isEqualTo("The expiry must be after today.");
		MvcTestResult far = create("editor", "{\"name\":\"x\",\"expiresOn\":\"" + today.plusDays(367) + "\"}");
		assertThat(far).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(far).bodyJson().extractingPath("$.field").isEqualTo("expiresOn");
		assertThat(create("editor", "{\"name\":\"x\",\"expiresOn\":\"" + today.plusDays(366) + "\"}"))
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void shouldAnswerAnUnknownTokenLikeAnyBadCredential() {
		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, "Bearer pt_not-a-token"))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, "Bearer "))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get().uri(PROGRESS).header(HttpHeaders.AUTHORIZATION, "bearer " + "x".repeat(5000)))
			.hasStatus(HttpStatus.UNAUTHORIZED);
	}

	private MvcTestResult create(String user, String body) {
		return this.mvc.post()
			.uri("/api/v1/tokens")
			.with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private static String token(MvcTestResult created) {
		assertThat(created).hasStatus(HttpStatus.CREATED);
		return com.jayway.jsonpath.JsonPath.read(contentOf(created), "$.token");
	}

	private static long id(MvcTestResult created) {
		return ((Number) com.jayway.jsonpath.JsonPath.read(contentOf(created), "$.id")).longValue();
	}

	private static String contentOf(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String bearer(String token) {
		return "Bearer " + token;
	}

}
