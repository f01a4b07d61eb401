package org.programtracker.allocation;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The capital plan pages: the list, the decision form with its messages, conflicts,
 * closed quarters and scope. Writes roll back.
 */
/**
 * A refused decision writes nothing, not even its new plan line: these requests run in
 * their own transactions, as in production, so this class does not roll back; it removes
 * whatever a failing run might leave.
 */
@IntegrationTest
@AutoConfigureMockMvc
class DecisionValidationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeWhatAFailedRunLeft() {
		this.jdbc.sql("delete from audit_entry where new_value ->> 'decisionNumber' = '77/QĐ-UBND'").update();
		this.jdbc.sql("delete from allocation where decision_number = '77/QĐ-UBND'").update();
		this.jdbc.sql("""
				delete from plan_line l where l.org_unit_id = (select id from org_unit where code = 'HUA_BUM')
				and l.component_id = (select c.id from program_component c join program p on p.id = c.program_id
				  where p.code = 'NTM' and c.code = 'ND02')
				and not exists (select 1 from allocation a where a.plan_line_id = l.id)
				and not exists (select 1 from disbursement d where d.plan_line_id = l.id)
				""").update();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			amount         | 1,234            | «1,234» chưa rõ nghĩa
			amount         | 2.5              | Phần thập phân ngăn bằng dấu phẩy
			amount         | 12abc            | Số tiền không đúng định dạng
			amount         | 1,1234567        | tối đa 6 chữ số thập phân
			amount         | 1234567890123    | Số tiền quá lớn.
			amount         | -5               | Chỉ quyết định điều chỉnh mới được ghi số âm
			amount         | ''               | Vui lòng nhập mục này.
			decisionNumber | ''               | Vui lòng nhập mục này.
			decisionDate   | ''               | Vui lòng nhập mục này.
			decisionDate   | 2024-13-45       | «2024-13-45» không phải là ngày: không có tháng 13.
			planYear       | ''               | Vui lòng nhập mục này.
			planYear       | hai nghìn        | Năm không hợp lệ.
			planYear       | 1200             | Năm không hợp lệ.
			originYear     | 2025             | Năm nguồn vốn không được sau năm kế hoạch.
			capitalType    | ''               | Vui lòng chọn loại vốn.
			component      | DA1              | Nội dung này không thuộc chương trình NTM:
			""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldKeepWhatWasTypedAndWriteNothing(String field, String value, String message) {
		long linesBefore = count("plan_line");
		long decisionsBefore = count("allocation");

		assertThat(create(Map.of(field, value))).hasStatusOk()
			.bodyText()
			.contains("Chưa lưu gì", "id=\"" + field + "-error\"", message, "Giao vốn đợt 2");

		assertThat(count("plan_line")).isEqualTo(linesBefore);
		assertThat(count("allocation")).isEqualTo(decisionsBefore);
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayANoteIsTooLong() {
		assertThat(create(Map.of("note", "x".repeat(2001)))).hasStatusOk()
			.bodyText()
			.contains("id=\"note-error\"", "Tối đa 2.000 ký tự.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseADecisionThatMovesTheplanOfAClosedQuarterNextToTheDateAndWriteNothing() {
		long linesBefore = count("plan_line");

		assertThat(create(Map.of("decisionDate", "2024-02-01", "originYear", "2022"))).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionDate-error\"", "Quý 1 năm 2024 đã khóa sổ");

		assertThat(count("plan_line")).isEqualTo(linesBefore);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where new_value ->> 'decisionNumber' = '77/QĐ-UBND'")
			.query(Long.class)
			.single()).isZero();
	}

	private MockMvcRequestBuilder create(Map<String, String> overrides) {
		return DecisionRequests.create(this.mvc, overrides);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
