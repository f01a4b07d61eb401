package org.programtracker.disbursement;

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
class DisbursementApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldSetAQuarterOfAPlanLine() {
		MvcTestResult result = put("editor", """
				{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":2,"amountVnd":1300000000}
				""");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.amountVnd").isEqualTo(1300000000);
		assertThat(result).bodyJson().extractingPath("$.quarter").isEqualTo(2);
		assertThat(this.mvc.get()
			.uri("/api/v1/progress?year=2024&quarter=2&orgUnit=HUA_BUM")
			.with(httpBasic("editor", "demo"))).bodyJson()
			.extractingPath("$.rows[?(@.program=='GNBV' && @.capitalType=='INVESTMENT')].disbursedVnd")
			.asArray()
			.containsExactly(2710000000L);
	}

	@Test
	void shouldAnswer409ForAClosedQuarter() {
		MvcTestResult result = put("admin", """
				{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":1,"amountVnd":1}
				""");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:quarter-closed");
	}

	@Test
	void shouldNameTheFieldAtFault() {
		MvcTestResult quarter = put("admin", """
				{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":5,"amountVnd":1}
				""");
		assertThat(quarter).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(quarter).bodyJson().extractingPath("$.field").isEqualTo("quarter");

		MvcTestResult advance = put("admin", """
				{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":4,"amountVnd":1000,"advanceVnd":2000}
				""");
		assertThat(advance).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(advance).bodyJson().extractingPath("$.field").isEqualTo("advanceVnd");
	}

	@Test
	void shouldAnswerAnotherCommunesLinesAsNotFound() {
		assertThat(put("editor", """
				{"orgUnit":"NAM_HANG","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
				 "quarter":2,"amountVnd":1}
				""")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private MvcTestResult put(String user, String body) {
		return this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
