package org.programtracker.allocation;

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
class AllocationApiTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldCreateADecisionAndAnswer201() {
		MvcTestResult result = post("editor", """
				{"orgUnit":"HUA_BUM","program":"NTM","component":"ND03","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":150000000,"decisionNumber":"411/QĐ-UBND","decisionDate":"2024-07-02"}
				""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).headers().containsHeader("Location");
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("ALLOCATION");
		assertThat(result).bodyJson().extractingPath("$.originYear").isEqualTo(2024);
		assertThat(result).bodyJson().extractingPath("$.amountVnd").isEqualTo(150000000);
	}

	@Test
	void shouldKeepANegativeAmountAsAnAdjustmentAndCarriedOverCapitalWithItsOriginYear() {
		MvcTestResult result = post("admin", """
				{"orgUnit":"HUA_BUM","program":"NTM","component":"ND03","capitalType":"RECURRENT","planYear":2024,
				 "originYear":2023,"amountVnd":-20000000,"decisionNumber":"412/QĐ-UBND","decisionDate":"2024-07-02"}
				""");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(result).bodyJson().extractingPath("$.kind").isEqualTo("ADJUSTMENT");
		assertThat(result).bodyJson().extractingPath("$.originYear").isEqualTo(2023);
	}

	@Test
	void shouldAnswer409ForADecisionDatedInAClosedQuarter() {
		MvcTestResult result = post("admin", """
				{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":1000000,"decisionNumber":"1/QĐ","decisionDate":"2024-03-02"}
				""");

		assertThat(result).hasStatus(HttpStatus.CONFLICT);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Quarter 1 of 2024 is closed");
		assertThat(result).bodyJson().extractingPath("$.quarter").isEqualTo(1);
	}

	@Test
	void shouldNameTheFieldAtFault() {
		MvcTestResult missing = post("admin", """
				{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":1000000,"decisionDate":"2024-07-02"}
				""");
		assertThat(missing).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(missing).bodyJson().extractingPath("$.field").isEqualTo("decisionNumber");

		MvcTestResult fraction = post("admin", """
				{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":1000000.5,"decisionNumber":"1/QĐ","decisionDate":"2024-07-02"}
				""");
		assertThat(fraction).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(fraction).bodyJson().extractingPath("$.field").isEqualTo("amountVnd");
		assertThat(fraction).bodyJson().extractingPath("$.detail").asString().contains("fraction of a đồng");

		MvcTestResult badType = post("admin", """
				{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"CASH","planYear":2024,
				 "amountVnd":1000000,"decisionNumber":"1/QĐ","decisionDate":"2024-07-02"}
				""");
		assertThat(badType).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(badType).bodyJson().extractingPath("$.field").isEqualTo("capitalType");
	}

	@Test
	void shouldAnswerAnotherCommunesLinesAsNotFound() {
		MvcTestResult result = post("editor", """
				{"orgUnit":"NAM_HANG","program":"NTM","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":1000000,"decisionNumber":"1/QĐ","decisionDate":"2024-07-02"}
				""");

		assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(result).bodyText().doesNotContain("Nậm Hàng");
	}

	@Test
	void shouldForbidTheSteeringCommitteeToWrite() {
		assertThat(post("viewer", """
				{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"RECURRENT","planYear":2024,
				 "amountVnd":1000000,"decisionNumber":"1/QĐ","decisionDate":"2024-07-02"}
				""")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult post(String user, String body) {
		return this.mvc.post()
			.uri("/api/v1/allocations")
			.with(httpBasic(user, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
