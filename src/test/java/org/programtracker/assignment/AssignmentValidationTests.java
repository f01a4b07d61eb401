package org.programtracker.assignment;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refused assignment writes nothing and says why next to the field, keeping what was
 * typed: these requests run in their own transactions, as in production, so this class
 * does not roll back; it removes whatever a failing run might leave.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AssignmentValidationTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@AfterEach
	void removeWhatAFailedRunLeft() {
		this.jdbc.sql("""
				delete from audit_entry where subject = 'ASSIGNMENT'
				  and subject_id in (select id from assignment where decision_number = :number)
				""").param("number", AssignmentRequests.NUMBER).update();
		this.jdbc.sql("delete from assignment where decision_number = :number")
			.param("number", AssignmentRequests.NUMBER)
			.update();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					amount         | 1,234            | «1,234» chưa rõ nghĩa
					amount         | 2.5              | Phần thập phân ngăn bằng dấu phẩy
					amount         | 12abc            | Số tiền không đúng định dạng
					amount         | 1234567890123    | Số tiền quá lớn.
					amount         | 0                | Giao 0 đồng không thay đổi gì
					amount         | ''               | Vui lòng nhập mục này.
					decisionNumber | ''               | Vui lòng nhập mục này.
					decisionDate   | ''               | Vui lòng nhập mục này.
					decisionDate   | 2025-13-45       | «2025-13-45» không phải là ngày: không có tháng 13.
					decisionDate   | 31/12/2023       | Quyết định giao vốn năm 2025 phải đề ngày trong năm 2024, 2025 hoặc 2026.
					planYear       | ''               | Vui lòng nhập mục này.
					planYear       | hai nghìn        | Năm không hợp lệ.
					planYear       | 1200             | Năm không hợp lệ.
					originYear     | 2026             | Năm nguồn vốn không được sau năm kế hoạch.
					capitalType    | ''               | Vui lòng chọn loại vốn.
					from           | NAM_HANG         | Vốn của Xã Hua Bum do một đơn vị cấp trên của đơn vị này giao
					from           | HUA_BUM          | Vốn của Xã Hua Bum do một đơn vị cấp trên của đơn vị này giao
					""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldKeepWhatWasTypedAndWriteNothing(String field, String value, String message) {
		long before = count();

		assertThat(create(Map.of(field, value))).hasStatusOk()
			.bodyText()
			.contains("Chưa lưu gì", "id=\"" + field + "-error\"", message, "Giao bổ sung đợt 2");

		assertThat(count()).isEqualTo(before);
		assertThat(audited()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAProgramInAYearItDoesNotRunNextToTheProgram() {
		assertThat(create(Map.of("planYear", "2026", "decisionDate", "2026-01-10"))).hasStatusOk()
			.bodyText()
			.contains("id=\"program-error\"", "Chương trình NTM không thực hiện trong năm 2026")
			.contains("value=\"2026\"");
		assertThat(audited()).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAnAssignmentThatMovesAClosedQuarterNextToTheDate() {
		assertThat(create(Map.of("planYear", "2024", "decisionDate", "2024-02-01"))).hasStatusOk()
			.bodyText()
			.contains("id=\"decisionDate-error\"", "Quý 1 năm 2024 đã khóa sổ")
			.contains("value=\"01/02/2024\"");
		assertThat(audited()).isZero();
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
	void shouldSayItInEnglishOnAnEnglishForm() {
		assertThat(create(Map.of("from", "NAM_HANG", "amount", "1,500", "lang", "en"))).hasStatusOk()
			.bodyText()
			.contains("Nothing was saved", "Capital is granted to Xã Hua Bum by a unit above it");
	}

	private MockMvcRequestBuilder create(Map<String, String> overrides) {
		return AssignmentRequests.create(this.mvc, overrides);
	}

	private long count() {
		return this.jdbc.sql("select count(*) from assignment").query(Long.class).single();
	}

	private long audited() {
		return this.jdbc.sql(
				"select count(*) from audit_entry where subject = 'ASSIGNMENT' and new_value ->> 'decisionNumber' = :number")
			.param("number", AssignmentRequests.NUMBER)
			.query(Long.class)
			.single();
	}

}
