package org.programtracker.period;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.SettableClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * {@code PUT /api/v1/plan-years/{year}/deadline}: an administrator sets a plan year's
 * deadline by a decision, at most to 31 December of the next year.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Import(SettableClock.Configuration.class)
@Transactional
class PlanYearApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldSetADeadlineAndAnswerIt() {
		MvcTestResult result = put("admin", "2025", """
				{"deadline":"2026-06-30","decisionNumber":"412/QĐ-UBND"}
				""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.year").isEqualTo(2025);
		assertThat(result).bodyJson().extractingPath("$.deadline").isEqualTo("2026-06-30");
		assertThat(result).bodyJson().extractingPath("$.decisionNumber").isEqualTo("412/QĐ-UBND");
		assertThat(result).bodyJson().extractingPath("$.decisionDate").isNull();
		assertThat(result).bodyJson().extractingPath("$.extensionStart").isEqualTo("2026-01-01");
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/plan-years/2025/deadline")
			.with(httpBasic("viewer", "demo"))
			.exchange();
		assertThat(read).bodyJson().extractingPath("$.deadline").isEqualTo("2026-06-30");
	}

	@Test
	void shouldAnswerTheStatutoryDeadlineOfAYearWithoutADecision() {
		MvcTestResult read = this.mvc.get()
			.uri("/api/v1/plan-years/2024/deadline")
			.with(httpBasic("editor", "demo"))
			.exchange();

		assertThat(read).hasStatusOk();
		assertThat(read).bodyJson().extractingPath("$.deadline").isEqualTo("2025-01-31");
		assertThat(read).bodyJson().extractingPath("$.decisionNumber").isNull();
		assertThat(read).bodyJson().extractingPath("$.extensionState").isEqualTo("ENDED");
	}

	@Test
	void shouldRefuseADeadlineLaterThan31DecemberOfTheNextYear() {
		MvcTestResult result = put("admin", "2025", """
				{"deadline":"2027-01-01","decisionNumber":"412/QĐ-UBND"}
				""");

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("deadline");
		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The disbursement deadline of plan year 2025 can be extended to 31/12/2026 at the latest.");
	}

	@Test
	void shouldNameTheFieldAtFault() {
		assertThat(put("admin", "2025", """
				{"deadline":"2026-01-30","decisionNumber":"412/QĐ-UBND"}
				""")).bodyJson().extractingPath("$.field").isEqualTo("deadline");
		assertThat(put("admin", "2025", """
				{"deadline":"2026-02-30","decisionNumber":"412/QĐ-UBND"}
				""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("deadline");
		assertThat(put("admin", "2025", """
				{"deadline":"2026-03-31"}
				""")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("decisionNumber");
		assertThat(put("admin", "1800", """
				{"deadline":"2026-03-31","decisionNumber":"1"}
				""")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.parameter").isEqualTo("year");
	}

	@Test
	void shouldLetOnlyAnAdministratorSetADeadline() {
		assertThat(put("editor", "2025", """
				{"deadline":"2026-06-30","decisionNumber":"412/QĐ-UBND"}
				""")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult put(String user, String year, String body) {
		return this.mvc.put()
			.uri("/api/v1/plan-years/" + year + "/deadline")
			.with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
