package org.programtracker.infrastructure.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * What the hostile-input run found on the write API, each answered by a 400 problem
 * detail naming the field (413 for a body too large), quickly, with nothing written.
 * Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class HostileApiInputTests {

	private static final String ENTRY = """
			{"orgUnit":"HUA_BUM","program":"GNBV","component":"DA1","capitalType":"INVESTMENT","planYear":2024,
			 "quarter":2,"amountVnd":%s}
			""";

	private static final String DECISION = """
			{"orgUnit":"HUA_BUM","program":"NTM","capitalType":%s,"planYear":%s,"amountVnd":1000000,
			 "decisionNumber":%s,"decisionDate":%s}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldRefuseAnAmountOfAMillionDigitsAtOnce() {
		long audited = audited();
		long started = System.nanoTime();

		MvcTestResult result = put(ENTRY.formatted("1e1000000"));

		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1_000);
		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("amountVnd");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("The amount is too large.");
		assertThat(audited()).isEqualTo(audited);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1e10000000                   | The amount is too large.
			1e400                        | The amount is too large.
			99999999999999999999         | The amount is too large.
			1000000000000000000          | The amount is too large.
			-1000000000000000000         | The amount is too large.
			1500.5                       | An amount cannot have a fraction of a đồng.
			1e-7                         | An amount cannot have a fraction of a đồng.
			""")
	void shouldRefuseAmountsBeyondWhatAColumnHoldsOrWithAFractionOfADong(String amount, String detail) {
		MvcTestResult result = put(ENTRY.formatted(amount));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo("amountVnd");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo(detail);
	}

	@Test
	void shouldTakeTheLargestAmountAndAWholeAmountWrittenWithDecimalsOrAnExponent() {
		assertThat(put(ENTRY.formatted("999999999999999999"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.amountVnd")
			.isEqualTo(999999999999999999L);
		assertThat(put(ENTRY.formatted("1.3e9"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.amountVnd")
			.isEqualTo(1300000000);
		assertThat(put(ENTRY.formatted("1300000000.000"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.amountVnd")
			.isEqualTo(1300000000);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			1               | 2025   | "M-1"         | "2025-05-02"    | capitalType
			"NOPE"          | 2025   | "M-1"         | "2025-05-02"    | capitalType
			"INVESTMENT"    | 2025.5 | "M-1"         | "2025-05-02"    | planYear
			"INVESTMENT"    | "2025" | "M-1"         | "2025-05-02"    | planYear
			"INVESTMENT"    | 2025   | 17            | "2025-05-02"    | decisionNumber
			"INVESTMENT"    | 2025   | "M-1\\u0000"   | "2025-05-02"    | decisionNumber
			"INVESTMENT"    | 2025   | "M-1"         | "0000-01-01"    | decisionDate
			"INVESTMENT"    | 2025   | "M-1"         | "+99999-05-02"  | decisionDate
			"INVESTMENT"    | 2025   | "M-1"         | "2025-02-30"    | decisionDate
			"INVESTMENT"    | 2025   | "M-1"         | 20250502        | decisionDate
			""")
	void shouldNameTheFieldOfAValueItsTypeRefuses(String capitalType, String planYear, String number, String date,
			String field) {
		long audited = audited();

		MvcTestResult result = post("/api/v1/allocations", DECISION.formatted(capitalType, planYear, number, date));

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(result).bodyJson().extractingPath("$.field").isEqualTo(field);
		assertThat(result).bodyText().doesNotContain("Exception", "tools.jackson", "at org.");
		assertThat(audited()).isEqualTo(audited);
	}

	@Test
	void shouldSayWhichYearsADateMayLieIn() {
		MvcTestResult result = post("/api/v1/allocations",
				DECISION.formatted("\"INVESTMENT\"", 2025, "\"M-1\"", "\"1999-12-31\""));

		assertThat(result).bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The date must lie between the years 2000 and 2100.");
	}

	@Test
	void shouldRefuseAControlCharacterAndAPastedMegabyteInText() {
		MvcTestResult nul = post("/api/v1/periods/2024/1/reopen", "{\"reason\":\"late\\u0000\"}");
		assertThat(nul).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(nul).bodyJson().extractingPath("$.field").isEqualTo("reason");
		assertThat(nul).bodyJson().extractingPath("$.detail").asString().contains("control character");

		MvcTestResult tooLong = post("/api/v1/periods/2024/1/reopen", "{\"reason\":\"" + "x".repeat(2_001) + "\"}");
		assertThat(tooLong).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(tooLong).bodyJson().extractingPath("$.detail").isEqualTo("At most 2,000 characters.");
	}

	@Test
	void shouldRefuseAnUnknownFieldADuplicatedOneAndTrailingContent() {
		MvcTestResult unknown = put(ENTRY.formatted("1").replace("\"quarter\"", "\"quarterr\":2,\"quarter\""));
		assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(unknown).bodyJson().extractingPath("$.field").isEqualTo("quarterr");

		assertThat(put(ENTRY.formatted("1, \"amountVnd\": 2"))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(put(ENTRY.formatted("1") + "{}")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	@Test
	void shouldAnswerMalformedAndEmptyBodiesAndWrongContentTypesWithAProblem() {
		assertThat(put("{\"orgUnit\":")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("The request body is not valid JSON of the expected shape.");
		assertThat(put("")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(put("[".repeat(10_000))).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.TEXT_PLAIN)
			.content(ENTRY.formatted("1"))).hasStatus(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void shouldRefuseABodyOfMoreThanAMegabyteWith413() {
		long audited = audited();
		String body = ENTRY.formatted("1").replace("\"HUA_BUM\"", "\"" + "H".repeat(2 * 1024 * 1024) + "\"");

		MvcTestResult result = put(body);

		assertThat(result).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:program-tracker:body-too-large");
		assertThat(audited()).isEqualTo(audited);
	}

	private long audited() {
		return this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

	private MvcTestResult put(String body) {
		return this.mvc.put()
			.uri("/api/v1/disbursements")
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

	private MvcTestResult post(String uri, String body) {
		return this.mvc.post()
			.uri(uri)
			.with(httpBasic("admin", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.exchange();
	}

}
