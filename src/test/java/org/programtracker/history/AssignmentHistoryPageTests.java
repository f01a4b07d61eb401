package org.programtracker.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.programtracker.allocation.CapitalType;
import org.programtracker.assignment.AssignmentCommand;
import org.programtracker.assignment.AssignmentDecision;
import org.programtracker.assignment.AssignmentService;
import org.programtracker.assignment.AssignmentView;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The history of an assignment, field by field in the reader's language, kept after its
 * deletion, and its changes in a unit's quarter, within the reader's scope. Writes roll
 * back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class AssignmentHistoryPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private AssignmentService assignments;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldShowWhoChangedAnAssignmentFieldByFieldTheVietnameseWay() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		change(id, "250500000", "Bổ sung theo QĐ 25");

		assertThat(this.mvc.get().uri("/assignments/" + id + "/history")).hasStatusOk()
			.bodyText()
			.contains("Nhật ký thay đổi vốn được giao", "Xã Hua Bum", "do Huyện Nậm Nhùn giao", "Vốn sự nghiệp")
			.contains("admin", "Sửa", "Bổ sung theo QĐ 25")
			.containsPattern(fieldRow("changed", "Số tiền \\(tr.đ\\)", "num", "240", "num", "250,5"))
			.containsPattern(fieldRow("", "Cấp giao", "", "NAM_NHUN", "", "NAM_NHUN"))
			.containsPattern(fieldRow("", "Loại vốn", "", "Vốn sự nghiệp", "", "Vốn sự nghiệp"))
			.containsPattern(fieldRow("", "Nguồn vốn", "", "Ngân sách trung ương", "", "Ngân sách trung ương"))
			.containsPattern(fieldRow("", "Năm kế hoạch", "", "2025", "", "2025"))
			.containsPattern(fieldRow("", "Ngày QĐ", "", "08/01/2025", "", "08/01/2025"))
			.doesNotContain("{\"", "amountVnd", "RECURRENT");
		assertThat(this.mvc.get().uri("/assignments/" + id + "/history?lang=en")).hasStatusOk()
			.bodyText()
			.contains("History of an assignment", "granted by Huyện Nậm Nhùn", "Changed")
			.containsPattern(fieldRow("changed", "Amount \\(mn\\)", "num", "240", "num", "250.5"))
			.containsPattern(fieldRow("", "Funding source", "", "Central budget", "", "Central budget"));
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheDemoDistrictsCapitalFromOutsideWithNoChangeYet() {
		long id = assignmentId("NAM_NHUN", "1689/QĐ-UBND");

		assertThat(this.mvc.get().uri("/assignments/" + id + "/history")).hasStatusOk()
			.bodyText()
			.contains("Huyện Nậm Nhùn", "Trung ương, tỉnh", "Chưa có thay đổi nào.")
			.contains("href=\"/assignments?year=2024&amp;orgUnit=NAM_NHUN\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepTheHistoryOfADeletedAssignment() {
		AssignmentView created = this.assignments.record(this.users.admin(),
				new AssignmentCommand("NAM_NHUN", null, "DTTS", CapitalType.RECURRENT, null, 2026, null, "88/QĐ-UBND",
						LocalDate.of(2026, 2, 3), new BigDecimal("420000000"), null));
		this.assignments.delete(this.users.admin(), created.id(), created.version(), "Ghi trùng");

		assertThat(this.mvc.get().uri("/assignments/" + created.id() + "/history")).hasStatusOk()
			.bodyText()
			.contains("Quyết định giao vốn này đã bị xóa", "Thêm mới", "Xóa", "Ghi trùng", "Huyện Nậm Nhùn")
			.containsPattern(fieldRow("", "Số tiền \\(tr.đ\\)", "num", "420", "", ""));
		assertThat(this.mvc.get().uri("/assignments/999999999/history")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("admin")
	void shouldListAnAssignmentsChangesInTheUnitsQuarterWithALinkToItsHistory() {
		long id = assignmentId("HUA_BUM", "12/QĐ-UBND");
		change(id, "250500000", "Bổ sung theo QĐ 25");

		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_NHUN&year=2025&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("vốn được giao", "Bổ sung theo QĐ 25", "href=\"/assignments/" + id + "/history\"");
	}

	@Test
	@WithUserDetails("officer")
	void shouldShowAProgramOfficerOnlyTheChangesOfTheirProgramsAssignments() {
		long ntm = assignmentId("NAM_NHUN", "1655/QĐ-UBND", "NTM");
		long dtts = assignmentId("NAM_NHUN", "1655/QĐ-UBND", "DTTS");
		change(ntm, "1460000000", "Điều chỉnh NTM");
		change(dtts, "4160000000", "Điều chỉnh DTTS");

		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_NHUN&year=2025&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Điều chỉnh NTM")
			.doesNotContain("Điều chỉnh DTTS");
		assertThat(this.mvc.get().uri("/assignments/" + ntm + "/history")).hasStatusOk();
		assertThat(this.mvc.get().uri("/assignments/" + dtts + "/history")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotShowAnEditorTheHistoryOfAnotherUnitsAssignment() {
		assertThat(this.mvc.get().uri("/assignments/" + assignmentId("NAM_HANG", "12/QĐ-UBND") + "/history"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/assignments/" + assignmentId("NAM_NHUN", "1689/QĐ-UBND") + "/history"))
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/assignments/" + assignmentId("HUA_BUM", "12/QĐ-UBND") + "/history"))
			.hasStatusOk();
	}

	private void change(long id, String amountVnd, String note) {
		AssignmentView current = this.assignments.assignment(this.users.admin(), id);
		this.assignments.change(this.users.admin(), id, current.version(), new AssignmentDecision(
				current.decisionNumber(), current.decisionDate(), new BigDecimal(amountVnd), note));
	}

	private long assignmentId(String unit, String number) {
		return this.jdbc.sql("""
				select a.id from assignment a join org_unit u on u.id = a.org_unit_id
				where u.code = :unit and a.decision_number = :number order by a.id limit 1
				""").param("unit", unit).param("number", number).query(Long.class).single();
	}

	private long assignmentId(String unit, String number, String program) {
		return this.jdbc
			.sql("""
					select a.id from assignment a join org_unit u on u.id = a.org_unit_id join program p on p.id = a.program_id
					where u.code = :unit and a.decision_number = :number and p.code = :program
					""")
			.param("unit", unit)
			.param("number", number)
			.param("program", program)
			.query(Long.class)
			.single();
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
		return "<td" + (cellClass.isEmpty() ? "" : " class=\"" + cellClass + "\"") + ">" + Pattern.quote(text)
				+ "</td>";
	}

}
