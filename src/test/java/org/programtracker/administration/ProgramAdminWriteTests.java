package org.programtracker.administration;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.programtracker.administration.ProgramAdministration.ProgramDetails;
import org.programtracker.allocation.CapitalType;
import org.programtracker.assignment.AssignmentCommand;
import org.programtracker.assignment.AssignmentService;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What a refused or conflicting write leaves in the database, seen from outside any test
 * transaction: each test commits, and removes the programs it made (codes starting with
 * {@code T_}).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProgramAdminWriteTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ProgramAdministration programs;

	@Autowired
	private Users users;

	@Autowired
	private AssignmentService assignments;

	@AfterEach
	void removeTestPrograms() {
		this.jdbc.sql("""
				delete from audit_entry where subject = 'ASSIGNMENT' and subject_id in (select a.id from assignment a
				  join program p on p.id = a.program_id where p.code like 'T\\_%')
				""").update();
		this.jdbc.sql("delete from assignment where program_id in (select id from program where code like 'T\\_%')")
			.update();
		this.jdbc.sql("delete from program where code like 'T\\_%'").update();
	}

	@ParameterizedTest(name = "{0}/{1}/{2}/{3}/{4}/{5}")
	@CsvSource(delimiter = '|',
			textBlock = """
					''      | Chương trình thử | PNN     | 2026 | 2030 | 1  | code-error          | Vui lòng nhập mục này.
					t prog  | Chương trình thử | PNN     | 2026 | 2030 | 1  | code-error          | Mã chỉ gồm chữ in hoa không dấu
					NTM     | Chương trình thử | PNN     | 2026 | 2030 | 1  | code-error          | Mã NTM đã được dùng.
					T_NEW   | ''               | PNN     | 2026 | 2030 | 1  | nameVi-error        | Vui lòng nhập mục này.
					T_NEW   | Chương trình thử | NOWHERE | 2026 | 2030 | 1  | standingAgency-error | Cơ quan thường trực không tồn tại.
					T_NEW   | Chương trình thử | PNN     | hai  | 2030 | 1  | startYear-error     | Năm không hợp lệ.
					T_NEW   | Chương trình thử | PNN     | 2026 | 20x0 | 1  | endYear-error       | Năm không hợp lệ.
					T_NEW   | Chương trình thử | PNN     | 2026 | 2025 | 1  | endYear-error       | Năm kết thúc không được trước năm bắt đầu (2026).
					T_NEW   | Chương trình thử | PNN     | 2026 | 2030 | -1 | sortOrder-error     | Thứ tự hiển thị là một số nguyên từ 0 đến 9999.
					""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldKeepWhatWasTypedAndCreateNothing(String code, String nameVi, String agency,
			String startYear, String endYear, String sortOrder, String errorId, String message) {
		long before = count();

		assertThat(this.mvc.post()
			.uri("/admin/programs")
			.with(csrf())
			.param("code", code)
			.param("nameVi", nameVi)
			.param("nameEn", "Typed English name")
			.param("standingAgency", agency)
			.param("startYear", startYear)
			.param("endYear", endYear)
			.param("sortOrder", sortOrder)
			.param("version", "0")).hasStatusOk()
			.bodyText()
			.contains("id=\"" + errorId + "\"", message, "Chưa lưu gì", "value=\"" + code + "\"",
					"value=\"" + HtmlUtils.htmlEscape(nameVi) + "\"", "value=\"Typed English name\"",
					"value=\"" + startYear + "\"", "value=\"" + endYear + "\"");

		assertThat(count()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAStaleSaveShowTheSavedValuesBesideTheTypedOnesAndOverwriteNothing() {
		this.programs.create(this.users.admin(), "T_CONFLICT",
				new ProgramDetails("Tên ban đầu", null, "PNN", 2021, 2025, false, null));
		long read = version("T_CONFLICT");
		assertThat(change("T_CONFLICT", "Tên người khác lưu", read)).hasStatus(HttpStatus.FOUND);

		assertThat(change("T_CONFLICT", "Tên tôi gõ", read)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này trong lúc bạn đang sửa", "Tên người khác lưu", "Tên tôi gõ",
					"Lưu bản của tôi", "Giữ bản đang lưu", "name=\"version\" value=\"" + (read + 1) + "\"");

		assertThat(this.jdbc.sql("select name_vi from program where code = 'T_CONFLICT'").query(String.class).single())
			.isEqualTo("Tên người khác lưu");
		assertThat(version("T_CONFLICT")).isEqualTo(read + 1);
	}

	@Test
	@WithUserDetails("admin")
	void shouldSaveAfterAConflictWhenTheUserKeepsTheirOwnValues() {
		this.programs.create(this.users.admin(), "T_CONFLICT",
				new ProgramDetails("Tên ban đầu", null, null, 2021, null, false, null));
		long read = version("T_CONFLICT");
		assertThat(change("T_CONFLICT", "Tên người khác lưu", read)).hasStatus(HttpStatus.FOUND);

		assertThat(change("T_CONFLICT", "Tên tôi gõ", read + 1)).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("select name_vi from program where code = 'T_CONFLICT'").query(String.class).single())
			.isEqualTo("Tên tôi gõ");
	}

	@ParameterizedTest
	@ValueSource(strings = { "NTM", "GNBV", "DTTS" })
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAProgramThatPlanLinesDependOnAndSayHowMany(String code) {
		long planLines = this.jdbc
			.sql("select count(*) from plan_line l join program p on p.id = l.program_id where p.code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
		long before = count();

		assertThat(this.mvc.post()
			.uri("/admin/programs/" + code + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(code)))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Không thể xóa chương trình này", planLines + " dòng kế hoạch vốn", "hãy lưu trữ")
			.doesNotContain("Exception");

		assertThat(count()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAProgramThatCapitalIsAssignedToAndSayHowMany() {
		this.programs.create(this.users.admin(), "T_ASSIGNED",
				new ProgramDetails("Chương trình đã giao vốn", null, null, 2026, null, false, null));
		this.assignments.record(this.users.admin(),
				new AssignmentCommand("NAM_NHUN", null, "T_ASSIGNED", CapitalType.INVESTMENT, null, 2026, null,
						"T-1/QĐ-UBND", LocalDate.of(2026, 1, 15), new BigDecimal("500000000"), null));

		assertThat(this.mvc.get().uri("/admin/programs/T_ASSIGNED/delete")).hasStatusOk()
			.bodyText()
			.contains("Không thể xóa chương trình này", "1 quyết định giao vốn");
		assertThat(this.mvc.post()
			.uri("/admin/programs/T_ASSIGNED/delete")
			.with(csrf())
			.param("version", String.valueOf(version("T_ASSIGNED")))).hasStatus(HttpStatus.CONFLICT);

		assertThat(this.jdbc.sql("select count(*) from program where code = 'T_ASSIGNED'").query(Long.class).single())
			.isOne();
	}

	@Test
	@WithUserDetails("admin")
	void shouldDeleteAProgramNothingDependsOnAfterAConfirmation() {
		this.programs.create(this.users.admin(), "T_UNUSED",
				new ProgramDetails("Chương trình chưa dùng", null, null, 2026, null, false, null));

		assertThat(this.mvc.get().uri("/admin/programs/T_UNUSED/delete")).hasStatusOk()
			.bodyText()
			.contains("Xóa chương trình này? Không thể hoàn tác.", "action=\"/admin/programs/T_UNUSED/delete\"",
					"name=\"_csrf\"")
			.doesNotContain("Không thể xóa");
		assertThat(this.mvc.post()
			.uri("/admin/programs/T_UNUSED/delete")
			.with(csrf())
			.param("version", String.valueOf(version("T_UNUSED")))).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programs")
			.flash()
			.containsEntry("message", "program.deleted");

		assertThat(this.jdbc.sql("select count(*) from program where code = 'T_UNUSED'").query(Long.class).single())
			.isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseADeletionConfirmedOnAStaleVersion() {
		this.programs.create(this.users.admin(), "T_UNUSED",
				new ProgramDetails("Chương trình chưa dùng", null, null, 2026, null, false, null));
		long read = version("T_UNUSED");
		assertThat(change("T_UNUSED", "Đã đổi tên", read)).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.post()
			.uri("/admin/programs/T_UNUSED/delete")
			.with(csrf())
			.param("version", String.valueOf(read))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác vừa sửa mục này", "Đã đổi tên");

		assertThat(this.jdbc.sql("select count(*) from program where code = 'T_UNUSED'").query(Long.class).single())
			.isOne();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseDeletionWithoutTheFormsCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/programs/NTM/delete").param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder change(String code, String nameVi, long version) {
		return this.mvc.post()
			.uri("/admin/programs/" + code)
			.with(csrf())
			.param("nameVi", nameVi)
			.param("nameEn", "")
			.param("standingAgency", "PNN")
			.param("startYear", "2021")
			.param("endYear", "2025")
			.param("sortOrder", "9")
			.param("version", String.valueOf(version));
	}

	private long version(String code) {
		return this.jdbc.sql("select version from program where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	private long count() {
		return this.jdbc.sql("select count(*) from program").query(Long.class).single();
	}

}
