package org.programtracker.period;

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
class PeriodApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldCloseAQuarterAndThenRefuseWritesToIt() {
		MvcTestResult closed = this.mvc.post()
			.uri("/api/v1/periods/2024/2/close")
			.with(httpBasic("admin", "demo"))
			.exchange();
		assertThat(closed).hasStatusOk();
		assertThat(closed).bodyJson().extractingPath("$.status").isEqualTo("CLOSED");

		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("editor", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
					 "quarter":2,"amountVnd":1}
					""")).hasStatus(HttpStatus.CONFLICT);
	}

	@Test
	void shouldReopenWithAReasonOnly() {
		MvcTestResult withoutReason = this.mvc.post()
			.uri("/api/v1/periods/2024/1/reopen")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.exchange();
		assertThat(withoutReason).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(withoutReason).bodyJson().extractingPath("$.field").isEqualTo("reason");

		MvcTestResult reopened = this.mvc.post()
			.uri("/api/v1/periods/2024/1/reopen")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"Bổ sung số liệu xã Hua Bum\"}")
			.exchange();
		assertThat(reopened).hasStatusOk();
		assertThat(reopened).bodyJson().extractingPath("$.status").isEqualTo("OPEN");
	}

	@Test
	void shouldLetOnlyAnAdministratorCloseAQuarter() {
		assertThat(this.mvc.post().uri("/api/v1/periods/2024/2/close").with(httpBasic("editor", "demo")))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	void shouldAnswer400ForAQuarterOutOfRange() {
		assertThat(this.mvc.post().uri("/api/v1/periods/2024/7/close").with(httpBasic("admin", "demo")))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

}
