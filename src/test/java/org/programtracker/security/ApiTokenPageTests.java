package org.programtracker.security;

import org.programtracker.security.internal.AppUser;
import org.programtracker.security.internal.AppUserRepository;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.programtracker.kernel.Formats;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The pages of personal API tokens: a user's own under their account, anyone's for an
 * administrator; a new token shown once; what was typed kept beside its message.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ApiTokenPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AppUserDetailsService users;

	@Autowired
	private AppUserRepository userRepository;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private Formats formats;

	@Test
	void shouldShowANewTokenOnceAndThenOnlyItsFirstCharacters() {
		// signed in for real: the token waits for the next page in the session (in the
		// database)
		Cookie session = this.mvc.perform(formLogin("/login").user("editor").password("demo"))
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		MvcTestResult form = this.mvc.get().uri("/account/tokens").cookie(session).exchange();
		assertThat(form).hasStatusOk()
			.bodyText()
			.contains("Mã truy cập API", "Chưa có mã nào",
					"value=\"" + this.formats.date(LocalDate.now(this.clock).plusDays(90)) + "\"");

		MvcTestResult created = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "Báo cáo tỉnh")
			.param("expiresOn", this.formats.date(LocalDate.now(this.clock).plusDays(30)))
			.cookie(session)
			.with(csrf())
			.exchange();
		assertThat(created).hasRedirectedUrl("/account/tokens");
		String token = (String) created.getMvcResult().getFlashMap().get("issuedToken");
		assertThat(token).startsWith("pt_");

		MvcTestResult shown = this.mvc.get().uri("/account/tokens").cookie(session).exchange();
		assertThat(shown).bodyText().contains(token, "chỉ hiện lần này", "Đã tạo mã “Báo cáo tỉnh”");

		MvcTestResult later = this.mvc.get().uri("/account/tokens").cookie(session).exchange();
		assertThat(later).bodyText()
			.doesNotContain(token)
			.contains(token.substring(0, 11) + "…", "Báo cáo tỉnh", "đang hiệu lực", "chưa dùng",
					this.formats.date(LocalDate.now(this.clock).plusDays(30)));

		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).hasStatusOk();
	}

	@Test
	void shouldKeepWhatWasTypedBesideItsMessage() {
		MvcTestResult impossible = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "nightly export")
			.param("expiresOn", "31/02/2027")
			.with(user(signedIn("viewer")))
			.with(csrf())
			.exchange();
		assertThat(impossible).hasStatusOk()
			.bodyText()
			.contains("value=\"nightly export\"", "value=\"31/02/2027\"", "has-error");

		MvcTestResult tooFar = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "nightly export")
			.param("expiresOn", this.formats.date(LocalDate.now(this.clock).plusYears(2)))
			.with(user(signedIn("viewer")))
			.with(csrf())
			.exchange();
		assertThat(tooFar).hasStatusOk().bodyText().contains("Mã có hiệu lực tối đa một năm");

		MvcTestResult nameless = this.mvc.post()
			.uri("/account/tokens")
			.param("name", "")
			.with(user(signedIn("viewer")))
			.with(csrf())
			.exchange();
		assertThat(nameless).hasStatusOk().bodyText().contains("Hãy đặt tên cho mã.");
		assertThat(this.jdbc.sql("select count(*) from api_token").query(Long.class).single()).isZero();
	}

	@Test
	void shouldLetAnAdministratorMakeAndRevokeTheTokensOfAnyUser() {
		AppUser viewer = this.userRepository.findByUsername("viewer").orElseThrow();
		MvcTestResult created = this.mvc.post()
			.uri("/admin/users/{id}/tokens", viewer.getId())
			.param("name", "steering dashboard")
			.with(user(signedIn("admin")))
			.with(csrf())
			.exchange();
		assertThat(created).hasRedirectedUrl("/admin/users/" + viewer.getId() + "/tokens");
		long id = this.jdbc.sql("select id from api_token where name = 'steering dashboard'")
			.query(Long.class)
			.single();
		assertThat(this.jdbc.sql("select created_by from api_token where id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("admin");

		assertThat(this.mvc.get().uri("/admin/users/{id}/tokens", viewer.getId()).with(user(signedIn("admin"))))
			.hasStatusOk()
			.bodyText()
			.contains("Mã truy cập API của viewer", "steering dashboard", "do admin tạo");
		assertThat(this.mvc.get().uri("/account/tokens").with(user(signedIn("viewer")))).bodyText()
			.contains("steering dashboard");
		assertThat(this.mvc.get().uri("/admin/users/{id}/tokens", viewer.getId()).with(user(signedIn("editor"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/account/tokens/{id}/revoke", id).with(user(signedIn("editor"))).with(csrf()))
			.as("another's token")
			.hasStatus(HttpStatus.NOT_FOUND);

		assertThat(this.mvc.post()
			.uri("/admin/users/{id}/tokens/{token}/revoke", viewer.getId(), id)
			.with(user(signedIn("admin")))
			.with(csrf())).hasRedirectedUrl("/admin/users/" + viewer.getId() + "/tokens");
		assertThat(this.mvc.get().uri("/account/tokens").with(user(signedIn("viewer")))).bodyText()
			.contains("đã thu hồi");
		assertThat(this.jdbc.sql("""
				select action || ' by ' || username from audit_entry where subject = 'API_TOKEN' and subject_id = :id
				order by id""").param("id", id).query(String.class).list()).containsExactly("CREATE by admin",
				"REVOKE by admin");
	}

	private AppUserPrincipal signedIn(String username) {
		return (AppUserPrincipal) this.users.loadUserByUsername(username);
	}

}
