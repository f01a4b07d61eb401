package org.programtracker.administration;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AdministrationApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldCreateAnOrgUnitUnderItsParent() {
		MvcTestResult result = post("/api/v1/org-units", "admin",
				"{\"code\":\"NAM_MO\",\"name\":\"Xã Nậm Mô\",\"parent\":\"NAM_NHUN\"}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("UNIT");
		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=1&orgUnit=NAM_MO")
			.with(httpBasic("admin", "demo"))).hasStatusOk();
	}

	@Test
	void shouldRefuseADuplicateOrMalformedCode() {
		MvcTestResult duplicate = post("/api/v1/org-units", "admin",
				"{\"code\":\"HUA_BUM\",\"name\":\"Xã Hua Bum\",\"parent\":\"NAM_NHUN\"}");
		assertThat(duplicate).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(duplicate).bodyJson().extractingPath("$.field").isEqualTo("code");

		MvcTestResult malformed = post("/api/v1/programs", "admin", "{\"code\":\"ntm 2\",\"nameVi\":\"Chương trình\"}");
		assertThat(malformed).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(malformed).bodyJson().extractingPath("$.field").isEqualTo("code");
	}

	@Test
	void shouldCreateAProgramThatCountsAtOnce() {
		MvcTestResult result = post("/api/v1/programs", "admin",
				"{\"code\":\"CT4\",\"nameVi\":\"Chương trình thử\",\"nameEn\":\"Test program\"}");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(this.mvc.get().uri("/api/v1/progress?year=2024&quarter=1").with(httpBasic("admin", "demo")))
			.bodyJson()
			.extractingPath("$.rows[?(@.program=='CT4')].status")
			.asArray()
			.containsExactly("NOT_ALLOCATED", "NOT_ALLOCATED");
	}

	@Test
	void shouldLetOnlyAnAdministratorCreateUnitsAndPrograms() {
		assertThat(post("/api/v1/programs", "editor", "{\"code\":\"CT5\",\"nameVi\":\"Chương trình\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(post("/api/v1/org-units", "viewer", "{\"code\":\"X1\",\"name\":\"X\",\"parent\":\"NAM_NHUN\"}"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldNameAMissingField() {
		MvcTestResult result = post("/api/v1/org-units", "admin", "{\"code\":\"X1\",\"parent\":\"NAM_NHUN\"}");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("name");
	}

	private MvcTestResult post(String uri, String user, String body) {
		return this.mvc.post()
			.uri(uri)
			.with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
