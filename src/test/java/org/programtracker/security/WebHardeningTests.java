package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import org.programtracker.security.internal.AppUserRepository;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.programtracker.directive.internal.DirectiveRepository;
import org.programtracker.narrative.internal.NarrativeEntryRepository;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.internal.OrgUnitRepository;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramRepository;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Security headers, CSRF, escaping of what users typed, and SQL metacharacters in every
 * filter. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class WebHardeningTests {

	private static final String SCRIPT = "<script>alert('x')</script>";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AppUserDetailsService users;

	@Autowired
	private AppUserRepository userRepository;

	@Autowired
	private OrgUnitRepository orgUnits;

	@Autowired
	private ProgramRepository programs;

	@Autowired
	private DirectiveRepository directives;

	@Autowired
	private NarrativeEntryRepository narrative;

	@ParameterizedTest
	@ValueSource(strings = { "/login", "/progress", "/api/v1/progress?year=2024&quarter=1" })
	void shouldSendTheSecurityHeadersOnPagesAndTheApi(String path) {
		MvcTestResult result = this.mvc.get().uri(path).with(user(signedIn("viewer"))).exchange();

		assertThat(result).headers()
			.hasValue("Content-Security-Policy",
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
							+ "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; "
							+ "form-action 'self'")
			.hasValue("X-Frame-Options", "DENY")
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("Referrer-Policy", "same-origin")
			.containsHeader("Permissions-Policy");
		assertThat(result.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).contains("no-store");
	}

	@Test
	void shouldCheckTheCsrfTokenOfAnApiCallThatTheSessionAuthenticatesWhateverItsOtherHeaders() {
		String body = """
				{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":2,"amountVnd":1}
				""";
		// the browser sends its session cookie (Spring Session's id, in Base64), whatever
		// else it adds
		Cookie session = new Cookie("SESSION",
				java.util.Base64.getEncoder().encodeToString("a-browser-session".getBytes()));
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(user(this.users.loadUserByUsername("admin")))
			.cookie(session)
			.header("Authorization", "Bearer not-a-credential")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(user(this.users.loadUserByUsername("admin")))
			.cookie(session)
			.header("Authorization", "Basic YWRtaW46ZGVtbw==")
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)).hasStatusOk();
	}

	@Test
	void shouldRefusePostsWithoutTheirCsrfToken() {
		AppUser viewer = this.userRepository.findByUsername("viewer").orElseThrow();

		// without a session (it ended, and its token with it): sign in again
		assertThat(this.mvc.post().uri("/login").param("username", "viewer").param("password", "demo"))
			.hasRedirectedUrl("/login?expired");
		assertThat(this.mvc.post().uri("/logout").with(user(signedIn("viewer")))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/users/{id}/enabled", viewer.getId())
			.param("enabled", "false")
			.with(user(signedIn("admin")))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/account/password")
			.param("currentPassword", "demo")
			.param("newPassword", "a-brand-new-long-secret")
			.param("confirmation", "a-brand-new-long-secret")
			.with(user(signedIn("viewer")))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/api/v1/progress?year=2024&quarter=1").with(user(signedIn("viewer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		long directivesBefore = this.directives.count();
		long paragraphsBefore = this.narrative.count();
		for (String path : List.of("/reports/narrative?year=2024&quarter=1&program=NTM&section=DIFFICULTY&text=x",
				"/directives?year=2024&quarter=1&text=x&programs=NTM&responsible=x",
				"/reports/header?authority=X&symbol=BC&place=X&signerTitle=X")) {
			assertThat(this.mvc.post().uri(path).with(user(signedIn("admin")))).as(path)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		for (String path : List.of("/reports/printed?year=2024&quarter=2&source=x", "/api/v1/periods/2025/2/close")) {
			assertThat(this.mvc.post().uri(path).with(user(signedIn("admin")))).as(path)
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.contentType(MediaType.APPLICATION_JSON)
			.content(disbursement("HUA_BUM", "NTM"))
			.with(user(signedIn("editor")))).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.directives.count()).isEqualTo(directivesBefore);
		assertThat(this.narrative.count()).isEqualTo(paragraphsBefore);

		assertThat(this.userRepository.findByUsername("viewer").orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void shouldShowAScriptInAnOrgUnitOrProgramNameAsText() {
		OrgUnit district = this.orgUnits.findByCode("NAM_NHUN").orElseThrow();
		OrgUnit unit = this.orgUnits.saveAndFlush(new OrgUnit("XSS", SCRIPT, OrgUnitKind.COMMUNE, district));
		Program ntm = this.programs.findByCode("NTM").orElseThrow();
		ntm.rename(SCRIPT, SCRIPT);
		this.programs.saveAndFlush(ntm);

		for (String path : List.of("/progress?year=2024&quarter=1&orgUnit=XSS",
				"/progress/programs/NTM?year=2024&quarter=1",
				"/progress/programs/NTM?year=2024&quarter=1&component=ND02", "/progress?lang=en")) {
			assertThat(this.mvc.get().uri(path).with(user(signedIn("admin")))).as(path)
				.hasStatusOk()
				.bodyText()
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
				.doesNotContain(SCRIPT);
		}
		AppUser user = new AppUser("xss-user", "{noop}unused", SCRIPT, Role.EDITOR, unit.getId());
		this.userRepository.saveAndFlush(user);
		for (String path : List.of("/admin/users", "/admin/users/" + user.getId())) {
			assertThat(this.mvc.get().uri(path).with(user(signedIn("admin")))).as(path)
				.hasStatusOk()
				.bodyText()
				.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
				.doesNotContain(SCRIPT);
		}
		// the name of the signed-in user in the top bar
		assertThat(this.mvc.get().uri("/account/password").with(user(signedIn("xss-user")))).hasStatusOk()
			.bodyText()
			.doesNotContain(SCRIPT);
	}

	@Test
	void shouldShowAScriptInANameAsTextOnTheQuarterlyReviewPagesAndDownloads() throws Exception {
		OrgUnit district = this.orgUnits.findByCode("NAM_NHUN").orElseThrow();
		this.orgUnits.saveAndFlush(new OrgUnit("XSS", SCRIPT, OrgUnitKind.COMMUNE, district));
		Program ntm = this.programs.findByCode("NTM").orElseThrow();
		ntm.rename(SCRIPT, SCRIPT);
		this.programs.saveAndFlush(ntm);
		assertThat(this.mvc.post()
			.uri("/reports/narrative?year=2024&quarter=2&orgUnit=XSS")
			.param("program", "NTM")
			.param("section", "DIFFICULTY")
			.param("text", SCRIPT)
			.with(user(signedIn("admin")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/directives?year=2024&quarter=2&orgUnit=XSS")
			.param("text", SCRIPT)
			.param("programs", "NTM")
			.param("concernedUnits", "XSS")
			.param("responsibleUnit", "XSS")
			.with(user(signedIn("admin")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);

		for (String path : List.of("/reports/summary?year=2024&quarter=2&orgUnit=XSS",
				"/reports/narrative?year=2024&quarter=2&orgUnit=XSS", "/directives?year=2024&quarter=2&orgUnit=XSS",
				"/directives/new?year=2024&quarter=2&orgUnit=XSS", "/reports/header?orgUnit=XSS",
				"/reports/printed?year=2024&quarter=2&orgUnit=XSS")) {
			assertThat(this.mvc.get().uri(path).with(user(signedIn("admin")))).as(path)
				.hasStatusOk()
				.bodyText()
				.containsIgnoringCase("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
				.doesNotContainIgnoringCase(SCRIPT);
		}

		byte[] pdf = this.mvc.get()
			.uri("/reports/summary.pdf?year=2024&quarter=2&orgUnit=XSS")
			.with(user(signedIn("admin")))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).as("the names are printed as they were typed").contains(SCRIPT).doesNotContain("&lt;");
		}

		byte[] xlsx = this.mvc.get()
			.uri("/reports/summary.xlsx?year=2024&quarter=2&orgUnit=XSS")
			.with(user(signedIn("admin")))
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		List<String> cells = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			DataFormatter formatter = new DataFormatter();
			workbook.forEach(
					sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(formatter.formatCellValue(cell)))));
		}
		assertThat(cells).as("cells hold the names as plain text").anyMatch(cell -> cell.contains(SCRIPT));
		assertThat(cells).noneMatch(cell -> cell.contains("&lt;") || cell.startsWith("="));
	}

	@ParameterizedTest
	@ValueSource(strings = { "' or '1'='1", "NAM_NHUN' --", "%", "_", "HUA!BUM", "H_A_BUM", "HUA%", "\\",
			"'; drop table app_user; --" })
	void shouldTreatSqlMetacharactersInFiltersAsPlainText(String value) {
		UserDetails editor = signedIn("editor");

		assertThat(this.mvc.get()
			.uri("/progress")
			.param("year", "2024")
			.param("quarter", "1")
			.param("orgUnit", value)
			.with(user(editor))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/api/v1/progress")
			.param("year", "2024")
			.param("quarter", "1")
			.param("orgUnit", value)
			.with(user(editor))).hasStatus(HttpStatus.NOT_FOUND);
		// in the path, the firewall refuses some of them before any controller (400)
		assertThat(this.mvc.get()
			.uri("/progress/programs/{program}", value)
			.param("year", "2024")
			.param("quarter", "1")
			.with(user(editor))
			.exchange()
			.getResponse()
			.getStatus()).isIn(400, 404);
		assertThat(this.mvc.get()
			.uri("/progress/programs/NTM")
			.param("year", "2024")
			.param("quarter", "1")
			.param("component", value)
			.with(user(editor))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/progress").param("year", value).param("quarter", "1").with(user(editor)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(
				this.mvc.get().uri("/api/v1/progress").param("year", "2024").param("quarter", value).with(user(editor)))
			.hasStatus(HttpStatus.BAD_REQUEST);
		for (String page : List.of("/reports/summary", "/reports/summary.pdf", "/reports/summary.xlsx",
				"/directives")) {
			assertThat(this.mvc.get()
				.uri(page)
				.param("year", "2024")
				.param("quarter", "1")
				.param("orgUnit", value)
				.with(user(editor))).as(page).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get().uri("/reports/header").param("orgUnit", value).with(user(signedIn("officer"))))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/reports/printed")
			.param("year", "2024")
			.param("quarter", "1")
			.param("orgUnit", value)
			.with(user(signedIn("officer")))).hasStatus(HttpStatus.NOT_FOUND);
		for (String body : List.of(disbursement(value, "NTM"), disbursement("HUA_BUM", value))) {
			assertThat(this.mvc.put()
				.uri("/api/v1/disbursements")
				.contentType(MediaType.APPLICATION_JSON)
				.content(body)
				.with(user(editor))
				.with(csrf())).as(body).hasStatus(HttpStatus.NOT_FOUND);
		}
		assertThat(this.mvc.get()
			.uri("/reports/narrative")
			.param("year", "2024")
			.param("quarter", "1")
			.param("orgUnit", value)
			.with(user(signedIn("officer")))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/directives")
			.param("year", "2024")
			.param("quarter", "1")
			.param("program", value)
			.with(user(signedIn("viewer")))).hasStatusOk().bodyText().doesNotContain("<table class=\"figures\"");
		assertThat(this.mvc.get()
			.uri("/directives")
			.param("year", "2024")
			.param("quarter", "1")
			.param("status", value)
			.with(user(editor))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri("/admin/users").param("q", value).with(user(signedIn("admin")))).hasStatusOk()
			.bodyText()
			.doesNotContain("Ban Chỉ đạo huyện");
		assertThat(this.userRepository.count()).isGreaterThanOrEqualTo(4);
	}

	@Test
	void shouldFindUsersByPartOfTheirNameWithoutWildcards() {
		assertThat(this.mvc.get().uri("/admin/users").param("q", "VIEW").with(user(signedIn("admin")))).hasStatusOk()
			.bodyText()
			.contains("Ban Chỉ đạo huyện")
			.doesNotContain("Kế toán xã Hua Bum");
		assertThat(Set.of("viewer", "editor"))
			.allSatisfy(name -> assertThat(this.mvc.get().uri("/admin/users").with(user(signedIn("admin")))).bodyText()
				.contains(">" + name + "<"));
	}

	@Test
	void shouldAnswerAnApiCallByAUserWhoMustChangeTheirPasswordWith403() {
		AppUser viewer = this.userRepository.findByUsername("viewer").orElseThrow();
		viewer.resetPassword(viewer.getPasswordHash(), java.time.Instant.now());
		this.userRepository.saveAndFlush(viewer);

		assertThat(this.mvc.get().uri("/api/v1/progress?year=2024&quarter=1").with(user(signedIn("viewer"))))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/progress").with(user(signedIn("viewer")))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/account/password");
		assertThat(this.mvc.get().uri("/account/password").with(user(signedIn("viewer")))).hasStatusOk();
	}

	@Test
	void shouldKeepTheCsrfTokenInEveryFormOfTheNewPages() throws Exception {
		AppUser viewer = this.userRepository.findByUsername("viewer").orElseThrow();
		for (String path : List.of("/admin/users/new", "/admin/users/" + viewer.getId(), "/account/password")) {
			String body = this.mvc.get()
				.uri(path)
				.with(user(signedIn("admin")))
				.exchange()
				.getResponse()
				.getContentAsString();
			int forms = body.split("method=\"post\"", -1).length - 1;
			int tokens = body.split("name=\"_csrf\"", -1).length - 1;
			assertThat(forms).as(path).isPositive();
			assertThat(tokens).as(path).isEqualTo(forms);
		}
		assertThat(this.mvc.post()
			.uri("/admin/users/{id}/enabled", viewer.getId())
			.param("enabled", "true")
			.with(user(signedIn("admin")))
			.with(csrf())).hasStatus(HttpStatus.FOUND);
	}

	private static String disbursement(String orgUnit, String program) {
		return """
				{"orgUnit": "%s", "program": "%s", "capitalType": "INVESTMENT", "planYear": 2025, "quarter": 2,
				 "amountVnd": 500000}
				""".formatted(json(orgUnit), json(program));
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private UserDetails signedIn(String username) {
		return this.users.loadUserByUsername(username);
	}

}
