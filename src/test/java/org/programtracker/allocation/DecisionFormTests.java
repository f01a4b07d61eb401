package org.programtracker.allocation;

import java.math.BigDecimal;
import java.util.Map;

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

/**
 * The decision form binds typed fields: an amount or a date that does not read comes back
 * as typed with its translated message next to it, a rule the service refuses lands next
 * to its field, and what reads is saved exactly. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DecisionFormTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldShowTheReasonNextToAnAmbiguousAmountAndKeepWhatWasTyped() {
		assertThat(create(Map.of("amount", "1,234"))).hasStatusOk()
			.bodyText()
			.contains("id=\"amount-error\"", "«1,234» chưa rõ nghĩa", "Ghi 1.234 nếu là số nguyên, hoặc 1,2340")
			.contains("name=\"amount\" value=\"1,234\"", "aria-invalid=\"true\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheReasonInEnglishOnAnEnglishForm() {
		assertThat(create(Map.of("amount", "2,5", "lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("id=\"amount-error\"", "Decimals follow a point and commas group thousands")
			.contains("name=\"amount\" value=\"2,5\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayADateDoesNotReadAndKeepWhatWasTyped() {
		assertThat(create(Map.of("decisionDate", "31/02/2024"))).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionDate-error\"", "«31/02/2024» không phải là ngày: tháng 2 năm 2024 chỉ có 29 ngày.",
					"value=\"31/02/2024\"");
		assertThat(create(Map.of("decisionDate", "31/02/2024", "lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionDate-error\"",
					"&quot;31/02/2024&quot; is not a date: month 2 of 2024 has 29 days.");
		assertThat(create(Map.of("decisionDate", "06/15/2024"))).hasStatusOk()
			.bodyText()
			.contains("«06/15/2024» không phải là ngày: không có tháng 15. Nhập ngày trước rồi đến tháng: 15/06/2024.",
					"value=\"06/15/2024\"");
		assertThat(this.jdbc.sql("select count(*) from allocation where decision_number = '77/QĐ-UBND'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldReadEightDigitsAsDayMonthYearAndShowTheDateSoOnTheForm() {
		assertThat(create(Map.of("decisionDate", "15062024", "amount", "1.234,5"))).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("select decision_date::text from allocation where decision_number = '77/QĐ-UBND'")
			.query(String.class)
			.single()).isEqualTo("2024-06-15");
		long id = this.jdbc.sql("select id from allocation where decision_number = '77/QĐ-UBND'")
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/allocations/" + id + "/edit?lang=en")).hasStatusOk()
			.bodyText()
			.contains("name=\"decisionDate\" value=\"15/06/2024\"", "type=\"text\"", "class=\"date-input\"",
					"inputmode=\"numeric\"", "placeholder=\"dd/mm/yyyy\"")
			.doesNotContain("type=\"date\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayAYearIsNotANumberAndKeepTheOtherFieldsTyped() {
		assertThat(create(Map.of("planYear", "20x4", "amount", "1.234,5"))).hasStatusOk()
			.bodyText()
			.contains("id=\"planYear-error\"", "Năm không hợp lệ.", "value=\"20x4\"")
			.contains("name=\"amount\" value=\"1.234,5\"")
			.doesNotContain("id=\"amount-error\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldReadADateTypedTheVietnameseWayAsWellAsTheDateFieldsOwn() {
		assertThat(create(Map.of("decisionDate", "15/07/2024", "amount", "1.234,5"))).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("""
				select decision_date::text || ' ' || amount_vnd from allocation where decision_number = '77/QĐ-UBND'
				""").query(String.class).single()).isEqualTo("2024-07-15 1234500000");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowARuleTheServiceRefusesNextToItsField() {
		assertThat(create(Map.of("originYear", "2025"))).hasStatusOk()
			.bodyText()
			.contains("id=\"originYear-error\"", "Năm nguồn vốn không được sau năm kế hoạch.")
			.doesNotContain("id=\"amount-error\"");
		assertThat(create(Map.of("amount", "-5"))).hasStatusOk()
			.bodyText()
			.contains("id=\"amount-error\"", "name=\"amount\" value=\"-5\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowASavedAmountAndDateForEditingTheWayOfTheLanguage() {
		long id = this.jdbc.sql("""
				select a.id from allocation a join plan_line l on l.id = a.plan_line_id
				join org_unit u on u.id = l.org_unit_id where u.code = 'HUA_BUM' and a.decision_number = '1105/QĐ-UBND'
				order by a.id limit 1
				""").query(Long.class).single();
		this.jdbc.sql("update allocation set amount_vnd = :amount where id = :id")
			.param("amount", new BigDecimal("1234500000"))
			.param("id", id)
			.update();

		assertThat(this.mvc.get().uri("/allocations/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("name=\"amount\" value=\"1.234,5\"");
		assertThat(this.mvc.get().uri("/allocations/" + id + "/edit?lang=en")).hasStatusOk()
			.bodyText()
			.contains("name=\"amount\" value=\"1,234.5\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEveryErrorAtOnceEachBesideItsFieldKeepingWhatWasTyped() {
		assertThat(create(Map.of("decisionNumber", " ", "decisionDate", "31/02/2024", "amount", "-5", "component",
				"DA1", "originYear", "2025")))
			.hasStatusOk()
			.bodyText()
			.contains("id=\"decisionNumber-error\"", "Vui lòng nhập mục này.")
			.contains("id=\"decisionDate-error\"", "value=\"31/02/2024\"")
			.contains("id=\"amount-error\"", "Chỉ quyết định điều chỉnh mới được ghi số âm", "value=\"-5\"")
			.contains("id=\"component-error\"", "Nội dung này không thuộc chương trình NTM")
			.contains("id=\"originYear-error\"", "Năm nguồn vốn không được sau năm kế hoạch.", "value=\"2025\"")
			.contains("class=\"error-summary\"", "href=\"#component\"");
		assertThat(this.jdbc.sql("select count(*) from allocation where decision_number = '77/QĐ-UBND'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAComponentOfAnotherProgramBesideTheComponentInEnglishToo() {
		assertThat(create(Map.of("program", "NTM", "component", "DA1", "lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("id=\"component-error\"", "This component is not one of program NTM&#39;s")
			.contains("<option value=\"DA1\" selected=\"selected\">");
		assertThat(this.jdbc.sql("select count(*) from allocation where decision_number = '77/QĐ-UBND'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldOfferOnlyTheChosenProgramsComponentsFromTheServer() throws Exception {
		String page = this.mvc.get().uri("/allocations/new").exchange().getResponse().getContentAsString();
		org.jsoup.nodes.Document html = org.jsoup.Jsoup.parse(page);
		String first = html.select("select#program option").first().val();

		assertThat(html.select("select#component optgroup:not([hidden])").eachAttr("data-program"))
			.containsExactly(first);
		assertThat(html.select("select#component optgroup[hidden]").eachAttr("disabled")).isNotEmpty()
			.allMatch(disabled -> disabled.equals("disabled"));

		org.jsoup.nodes.Document afterError = org.jsoup.Jsoup
			.parse(create(Map.of("program", "GNBV", "component", "", "decisionNumber", "")).exchange()
				.getResponse()
				.getContentAsString());
		assertThat(afterError.select("select#component optgroup:not([hidden])").eachAttr("data-program"))
			.containsExactly("GNBV");
	}

	private MockMvcRequestBuilder create(Map<String, String> overrides) {
		return DecisionRequests.create(this.mvc, overrides);
	}

}
