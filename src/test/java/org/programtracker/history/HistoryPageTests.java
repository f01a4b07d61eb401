package org.programtracker.history;

import org.junit.jupiter.api.Test;
import org.programtracker.period.Quarter;
import org.programtracker.period.WorkingPeriod;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The history views show each audited change, in the reader's language and number format,
 * within the reader's scope. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class HistoryPageTests {

	@Autowired
	private WorkingPeriod workingPeriod;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldShowWhoChangedADecisionWithTheOldAndNewAmountsTheVietnameseWay() {
		long id = decisionId("HUA_BUM");
		change(id, "650,5", "Bổ sung theo QĐ 1200");

		assertThat(this.mvc.get().uri("/allocations/lines/" + lineOf(id) + "/history")).hasStatusOk()
			.bodyText()
			.contains("Nhật ký thay đổi dòng kế hoạch", "admin", "Sửa", ">620<", ">650,5<", "Bổ sung theo QĐ 1200")
			.contains("20/05/2024");
		assertThat(this.mvc.get().uri("/allocations/lines/" + lineOf(id) + "/history?lang=en")).hasStatusOk()
			.bodyText()
			.contains("Changed", ">620<", ">650.5<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldOpenAtThePeriodBeingWorkedOnAsEveryPageDoes() {
		Quarter worked = this.workingPeriod.quarter();

		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("Nhật ký thay đổi: Huyện Nậm Nhùn, quý " + worked.quarter() + " năm " + worked.year());
		assertThat(this.mvc.get().uri("/progress?orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("quý " + worked.quarter() + " năm " + worked.year());
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowACreationAndADeletionInTheUnitsQuarter() {
		long id = decisionId("HUA_BUM");
		assertThat(this.mvc.post()
			.uri("/allocations/" + id + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("note", "Nhập trùng")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/allocations")
			.with(csrf())
			.param("orgUnit", "HUA_BUM")
			.param("program", "GNBV")
			.param("component", "DA2")
			.param("capitalType", "RECURRENT")
			.param("planYear", "2024")
			.param("kind", "ALLOCATION")
			.param("decisionNumber", "1106/QĐ-UBND")
			.param("decisionDate", "2024-05-21")
			.param("amount", "1.620")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_NHUN&year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Nhật ký thay đổi: Huyện Nậm Nhùn, quý 2 năm 2024", "Xóa", "Nhập trùng", "Thêm mới", "1.620",
					"1106/QĐ-UBND", "Xã Hua Bum");
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotShowAnEditorTheHistoryOfAnotherCommune() {
		long other = decisionId("NAM_HANG");
		assertThat(this.mvc.get().uri("/allocations/lines/" + lineOf(other) + "/history"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_HANG&year=2024&quarter=2")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/history?year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum, quý 2 năm 2024");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowEachFieldWithItsValueBeforeAndAfterUnderATranslatedLabel() {
		long id = decisionId("HUA_BUM");
		change(id, "1105/QĐ-UBND; 1106/QĐ-UBND", "650,5", "Gộp hai quyết định");

		assertThat(this.mvc.get().uri("/allocations/lines/" + lineOf(id) + "/history")).hasStatusOk()
			.bodyText()
			.containsPattern(fieldRow("changed", "Số tiền \\(tr.đ\\)", "num", "620", "num", "650,5"))
			.containsPattern(fieldRow("changed", "Số QĐ", "", "1105/QĐ-UBND", "", "1105/QĐ-UBND; 1106/QĐ-UBND"))
			.containsPattern(fieldRow("", "Ngày QĐ", "", "20/05/2024", "", "20/05/2024"))
			.containsPattern(fieldRow("", "Loại", "", "Giao vốn", "", "Giao vốn"))
			.contains("Thông tin", "Giá trị cũ", "Giá trị mới")
			.doesNotContain("{\"", "amountVnd");
		assertThat(this.mvc.get().uri("/allocations/lines/" + lineOf(id) + "/history?lang=en")).hasStatusOk()
			.bodyText()
			.containsPattern(fieldRow("changed", "Amount \\(mn\\)", "num", "620", "num", "650.5"))
			.contains("Field", "Old value", "New value");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowRowsWrittenBeforeValuesBecameJsonFieldByField() {
		long id = decisionId("HUA_BUM");
		long line = lineOf(id);
		this.jdbc.sql("""
				insert into audit_entry (at, username, action, subject, subject_id, plan_line_id, org_unit_id, year,
				                         quarter, old_value, new_value)
				select timestamp with time zone '2024-05-02 09:00+07', 'nguoi_cu', 'CHANGE', 'ALLOCATION', :id, l.id,
				       l.org_unit_id, 2024, 2, cast(:before as jsonb), cast(:after as jsonb)
				from plan_line l where l.id = :line
				""")
			.param("id", id)
			.param("line", line)
			.param("before", "{\"amountVnd\": 600000000, \"decisionNumber\": \"1105/QĐ-UBND\"}")
			.param("after",
					"{\"amountVnd\": 620000000, \"decisionNumber\": \"1105/QĐ\", \"khac\": \"x\", "
							+ "\"recorded\": \"amountVnd=620000000; decisionNumber=1105/QĐ; khac=x\"}")
			.update();
		this.jdbc.sql("""
				insert into audit_entry (at, username, action, subject, subject_id, org_unit_id, year, quarter,
				                         new_value)
				select timestamp with time zone '2024-05-03 09:00+07', 'nguoi_cu', 'SUBMIT', 'PERIOD', -1, u.id, 2024,
				       2, cast('{"state": "SUBMITTED"}' as jsonb)
				from org_unit u where u.code = 'HUA_BUM'
				""").update();

		assertThat(this.mvc.get().uri("/history?orgUnit=HUA_BUM&year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.containsPattern(fieldRow("changed", "Số tiền \\(tr.đ\\)", "num", "600", "num", "620"))
			.containsPattern(fieldRow("", "Giá trị ghi trước khi nâng cấp", "", "", "",
					"amountVnd=620000000; decisionNumber=1105/QĐ; khac=x"))
			.containsPattern(fieldRow("", "Trạng thái", "", "", "", "Đã nộp"))
			.contains("Nộp báo cáo")
			.doesNotContain("{\"", "SUBMITTED");
	}

	/**
	 * A row of the field-by-field table: its class, the field's label, and the class and
	 * text of the value before and after.
	 */
	private static String fieldRow(String rowClass, String label, String beforeClass, String before, String afterClass,
			String after) {
		return "<tr" + (rowClass.isEmpty() ? "" : " class=\"" + rowClass + "\"") + ">\\s*<th scope=\"row\">" + label
				+ "</th>\\s*" + cell(beforeClass, before) + "\\s*" + cell(afterClass, after) + "\\s*</tr>";
	}

	private static String cell(String cellClass, String text) {
		return "<td" + (cellClass.isEmpty() ? "" : " class=\"" + cellClass + "\"") + ">"
				+ java.util.regex.Pattern.quote(text) + "</td>";
	}

	private void change(long id, String amount, String note) {
		change(id, "1105/QĐ-UBND", amount, note);
	}

	private void change(long id, String decisionNumber, String amount, String note) {
		assertThat(this.mvc.post()
			.uri("/allocations/" + id)
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("decisionNumber", decisionNumber)
			.param("decisionDate", "2024-05-20")
			.param("amount", amount)
			.param("note", note)).hasStatus(HttpStatus.FOUND);
	}

	private long decisionId(String unit) {
		return this.jdbc.sql("""
				select a.id from allocation a join plan_line l on l.id = a.plan_line_id
				join org_unit u on u.id = l.org_unit_id where u.code = :unit and a.decision_number = '1105/QĐ-UBND'
				""").param("unit", unit).query(Long.class).single();
	}

	private long lineOf(long decision) {
		return this.jdbc.sql("select plan_line_id from allocation where id = :id")
			.param("id", decision)
			.query(Long.class)
			.single();
	}

	private long version(long id) {
		return this.jdbc.sql("select version from allocation where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

}
