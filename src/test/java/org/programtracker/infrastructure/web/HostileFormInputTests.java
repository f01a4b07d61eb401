package org.programtracker.infrastructure.web;

import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Forms refuse what the hostile-input run sent them with the translated message next to
 * the field, keep what was typed, and write nothing; registers answer any page. Writes
 * roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
@WithUserDetails("admin")
class HostileFormInputTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void shouldRefuseANulInADecisionNumberNextToTheField() {
		long audited = audited();

		assertThat(decision("77/QĐ\u0000UBND", "2024-07-15")).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionNumber-error\"")
			.contains("Nội dung có ký tự điều khiển (như NUL) không lưu được.")
			.contains("value=\"1.500\"", ">Giao vốn đợt 2</textarea>");
		assertThat(audited()).isEqualTo(audited);
	}

	@Test
	void shouldRefuseADecisionDatedInYearZeroOrAfter2100NextToTheField() {
		assertThat(decision("77/QĐ-UBND", "15/07/2101")).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionDate-error\"", "Ngày phải nằm trong khoảng từ năm 2000 đến năm 2100.")
			.contains("value=\"77/QĐ-UBND\"", "value=\"15/07/2101\"");
		for (String date : new String[] { "0000-07-15", "+99999-07-15", "15/07/1999" }) {
			assertThat(decision("77/QĐ-UBND", date)).as(date)
				.hasStatusOk()
				.bodyText()
				.contains("id=\"decisionDate-error\"", "value=\"77/QĐ-UBND\"")
				.containsAnyOf("Ngày phải nằm trong khoảng từ năm 2000 đến năm 2100.", "không phải là ngày",
						"vui lòng ghi năm đủ bốn chữ số");
		}
	}

	@Test
	void shouldRefuseTextLongerThanAnyColumnAtTheEdgeAndExplainInEnglishToo() {
		assertThat(decision("77/QĐ-UBND", "2024-07-15").param("note", "n".repeat(30_000)).param("lang", "en"))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"note-error\"", "This text is too long: at most 20,000 characters.");
	}

	@Test
	void shouldRefuseAControlCharacterInATickedProgramOfADirective() {
		assertThat(this.mvc.post()
			.uri("/directives")
			.with(csrf())
			.param("year", "2024")
			.param("quarter", "2")
			.param("text", "Đôn đốc giải ngân")
			.param("programs", "NTM\u0000")
			.param("responsible", "Phòng Tài chính")).hasStatusOk().bodyText().contains("Nội dung có ký tự điều khiển");
	}

	@Test
	void shouldAnswerAGridRowIndexOutOfRangeWith400() {
		for (String index : new String[] { "-1", "2000", "2147483648" }) {
			assertThat(this.mvc.post()
				.uri("/disbursements?year=2024&quarter=2&orgUnit=HUA_BUM")
				.with(csrf())
				.param("rows[" + index + "].lineId", "1")
				.param("rows[" + index + "].amount", "1")).hasStatus(HttpStatus.BAD_REQUEST)
				.bodyText()
				.doesNotContain("Exception", "at org.");
		}
	}

	@Test
	void shouldShowTheLastPageForAPageBeyondIt() {
		assertThat(this.mvc.get().uri("/allocations?year=2024&page=2147483647")).hasStatusOk()
			.bodyText()
			.contains("Trang 2 / 2");
		assertThat(this.mvc.get().uri("/assignments?page=2147483647")).hasStatusOk();
		assertThat(this.mvc.get().uri("/allocations?year=2024&page=-5")).hasStatusOk()
			.bodyText()
			.contains("Trang 1 / 2");
	}

	private MockMvcRequestBuilder decision(String number, String date) {
		return this.mvc.post()
			.uri("/allocations")
			.with(csrf())
			.param("orgUnit", "HUA_BUM")
			.param("program", "NTM")
			.param("component", "ND02")
			.param("capitalType", "INVESTMENT")
			.param("planYear", "2024")
			.param("kind", "ALLOCATION")
			.param("decisionNumber", number)
			.param("decisionDate", date)
			.param("amount", "1.500")
			.param("note", "Giao vốn đợt 2");
	}

	private long audited() {
		return this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}

}
