package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import org.programtracker.security.internal.AppUserRepository;

import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * An administrator resets a password: the old one stops working, and the temporary one
 * opens nothing but the password form until the user has chosen their own.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PasswordResetTests {

	private static final String OWN_PASSWORD = "mây trắng Nậm Nhùn 2024";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AppUserRepository users;

	@Autowired
	private AppUserDetailsService userDetails;

	@Autowired
	private PasswordEncoder passwordEncoder;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void restoreTheDemoViewer() {
		AppUser viewer = this.users.findByUsername("viewer").orElseThrow();
		viewer.changePassword(this.passwordEncoder.encode("demo"), Instant.now());
		this.users.saveAndFlush(viewer);
		this.jdbc.sql("delete from sign_in_throttle").update();
	}

	@Test
	void shouldMakeTheUserChooseANewPasswordAtTheNextSignInAfterAReset() {
		AppUser viewer = this.users.findByUsername("viewer").orElseThrow();
		MvcTestResult reset = this.mvc.post()
			.uri("/admin/users/{id}/password", viewer.getId())
			.with(user(this.userDetails.loadUserByUsername("admin")))
			.with(csrf())
			.exchange();
		assertThat(reset).hasStatus(HttpStatus.FOUND);
		String temporary = (String) reset.getMvcResult().getFlashMap().get("temporaryPassword");
		assertThat(temporary).hasSizeGreaterThanOrEqualTo(12);
		assertThat(this.users.findByUsername("viewer").orElseThrow().isMustChangePassword()).isTrue();

		assertThat(this.mvc.perform(formLogin("/login").user("viewer").password("demo")))
			.hasRedirectedUrl("/login?error");

		MvcTestResult signedIn = this.mvc.perform(formLogin("/login").user("viewer").password(temporary));
		// the session lives in the database (Spring Session): the browser only holds its
		// cookie
		Cookie session = signedIn.getResponse().getCookie("SESSION");
		assertThat(session).isNotNull();
		for (String page : new String[] { "/progress", "/reports/summary", "/directives" }) {
			assertThat(this.mvc.get().uri(page).cookie(session)).as(page).hasRedirectedUrl("/account/password");
		}
		assertThat(this.mvc.get().uri("/account/password").cookie(session)).hasStatusOk()
			.bodyText()
			.contains("Mật khẩu của bạn do quản trị viên đặt");

		assertThat(this.mvc.post()
			.uri("/account/password")
			.cookie(session)
			.param("currentPassword", temporary)
			.param("newPassword", OWN_PASSWORD)
			.param("confirmation", OWN_PASSWORD)
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/progress").cookie(session)).hasStatusOk();
		assertThat(this.users.findByUsername("viewer").orElseThrow().isMustChangePassword()).isFalse();
	}

}
