package org.programtracker.administration;

import org.junit.jupiter.api.Test;
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
 * The program pages as an administrator sees them; writes roll back. What a refused write
 * leaves behind is proven in {@link ProgramAdminWriteTests}, outside a test transaction.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ProgramAdminPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldListEveryProgramWithItsStandingAgencyYearsStateAndComponents() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().contains("/admin/programs");
		assertThat(this.mvc.get().uri("/admin/programs")).hasStatusOk()
			.bodyText()
			.contains("3 chương trình", "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
					"Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Dân tộc", "2021–2025", "2021–2030",
					"Đang theo dõi", "<td class=\"num\">10</td>", "/admin/programs/NTM/components",
					"/admin/programs/NTM/edit", "/admin/programs/NTM/delete");
	}

	@Test
	@WithUserDetails("admin")
	void shouldFindProgramsByCodeOrByNameInEitherLanguageWithOrWithoutDiacritics() {
		assertThat(this.mvc.get().uri("/admin/programs?q=dtts")).hasStatusOk()
			.bodyText()
			.contains("1 chương trình", "/admin/programs/DTTS/edit")
			.doesNotContain("/admin/programs/NTM/edit");
		assertThat(this.mvc.get().uri("/admin/programs?q=giảm nghèo")).hasStatusOk()
			.bodyText()
			.contains("/admin/programs/GNBV/edit")
			.doesNotContain("/admin/programs/NTM/edit", "/admin/programs/DTTS/edit");
		assertThat(this.mvc.get().uri("/admin/programs?q=nong thon moi")).hasStatusOk()
			.bodyText()
			.contains("/admin/programs/NTM/edit")
			.doesNotContain("/admin/programs/GNBV/edit");
		assertThat(this.mvc.get().uri("/admin/programs?q=rural&lang=en")).hasStatusOk()
			.bodyText()
			.contains("1 program", "National target program on new rural development")
			.doesNotContain("/admin/programs/GNBV/edit");
		assertThat(this.mvc.get().uri("/admin/programs?q=nothing-like-this")).hasStatusOk()
			.bodyText()
			.contains("Không có chương trình nào khớp.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowAnExistingCodeAsAFactThatNeverChanges() {
		assertThat(this.mvc.get().uri("/admin/programs/NTM/edit")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"code\">NTM</span>", "Mã không thay đổi sau khi tạo")
			.doesNotContain("name=\"code\"");
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components/ND01/edit")).hasStatusOk()
			.bodyText()
			.contains("<span class=\"code\">ND01</span>", "Mã không thay đổi sau khi tạo")
			.doesNotContain("name=\"code\"");
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components/new")).hasStatusOk()
			.bodyText()
			.contains("name=\"code\"")
			.doesNotContain("Mã không thay đổi sau khi tạo");
	}

	@Test
	@WithUserDetails("admin")
	void shouldCreateAProgramWithItsStandingAgencyAndYears() {
		assertThat(this.mvc.get().uri("/admin/programs/new")).hasStatusOk()
			.bodyText()
			.contains("name=\"code\"", "name=\"standingAgency\"", "Phòng Dân tộc");

		assertThat(this.mvc.post()
			.uri("/admin/programs")
			.with(csrf())
			.param("code", "CDS")
			.param("nameVi", "Chương trình chuyển đổi số")
			.param("nameEn", "")
			.param("standingAgency", "PNN")
			.param("startYear", "2026")
			.param("endYear", "2030")
			.param("version", "0")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/programs");

		assertThat(this.jdbc.sql("""
				select p.name_vi || '|' || p.name_en || '|' || a.code || '|' || p.start_year || '|' || p.end_year
				|| '|' || p.archived from program p join org_unit a on a.id = p.standing_agency_id where p.code = 'CDS'
				""").query(String.class).single())
			.isEqualTo("Chương trình chuyển đổi số|Chương trình chuyển đổi số|PNN|2026|2030|false");
		assertThat(this.mvc.get().uri("/admin/programs?q=CDS")).hasStatusOk()
			.bodyText()
			.contains("Chương trình chuyển đổi số", "2026–2030");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowAProgramInItsFormAndKeepItsCode() {
		assertThat(this.mvc.get().uri("/admin/programs/DTTS/edit")).hasStatusOk()
			.bodyText()
			.contains("Sửa chương trình DTTS", "value=\"2021\"", "value=\"2030\"",
					"<option value=\"PDT\" selected=\"selected\">", "Mã không thay đổi sau khi tạo")
			.doesNotContain("name=\"code\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRenameAndArchiveAProgramWhichThenLeavesProgress() {
		long version = version("GNBV");

		assertThat(this.mvc.post()
			.uri("/admin/programs/GNBV")
			.with(csrf())
			.param("code", "CHANGED")
			.param("nameVi", "Giảm nghèo bền vững")
			.param("nameEn", "Sustainable poverty reduction")
			.param("standingAgency", "PLDTBXH")
			.param("startYear", "2021")
			.param("endYear", "2025")
			.param("sortOrder", "5")
			.param("archived", "true")
			.param("version", String.valueOf(version))).hasStatus(HttpStatus.FOUND);

		assertThat(
				this.jdbc.sql("select name_vi || '|' || sort_order || '|' || archived from program where code = 'GNBV'")
					.query(String.class)
					.single())
			.isEqualTo("Giảm nghèo bền vững|5|true");
		assertThat(this.jdbc.sql("select count(*) from program where code = 'CHANGED'").query(Long.class).single())
			.isZero();
		assertThat(this.mvc.get().uri("/admin/programs?q=GNBV")).bodyText().contains("Đã lưu trữ");
		assertThat(this.mvc.get().uri("/api/v1/progress?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("\"NTM\"")
			.doesNotContain("\"GNBV\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayHowManyPlanLinesDependOnAProgramAndSuggestArchivingInsteadOfDeleting() {
		long planLines = this.jdbc
			.sql("select count(*) from plan_line l join program p on p.id = l.program_id where p.code = 'NTM'")
			.query(Long.class)
			.single();
		assertThat(planLines).isPositive();

		assertThat(this.mvc.get().uri("/admin/programs/NTM/delete")).hasStatusOk()
			.bodyText()
			.contains("Không thể xóa chương trình này", planLines + " dòng kế hoạch vốn",
					"10 dự án, tiểu dự án, nội dung thành phần", "hãy lưu trữ", "/admin/programs/NTM/edit")
			.doesNotContain("action=\"/admin/programs/NTM/delete\"");
		assertThat(this.mvc.get().uri("/admin/programs/NTM/delete?lang=en")).hasStatusOk()
			.bodyText()
			.contains(planLines + " capital plan lines", "archive it");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAnswerAnUnknownProgramWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/programs/NO_SUCH/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/programs/NO_SUCH/delete")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("editor")
	void shouldKeepEditorsOut() {
		assertThat(this.mvc.get().uri("/admin/programs")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/programs/NTM/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/programs").with(csrf()).param("code", "X").param("nameVi", "X"))
			.hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/programs/NTM/delete").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldKeepTheSteeringCommitteeOut() {
		assertThat(this.mvc.get().uri("/admin/programs")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private long version(String code) {
		return this.jdbc.sql("select version from program where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRecordWhoCreatedChangedAndDeletedAProgramAndItsComponentInTheAuditTrail() {
		assertThat(this.mvc.post()
			.uri("/admin/programs")
			.with(csrf())
			.param("code", "CDS")
			.param("nameVi", "Chương trình chuyển đổi số")
			.param("nameEn", "Digital transformation")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		long program = this.jdbc.sql("select id from program where code = 'CDS'").query(Long.class).single();
		assertThat(this.mvc.post()
			.uri("/admin/programs/CDS/components")
			.with(csrf())
			.param("code", "DA1")
			.param("kind", "PROJECT")
			.param("nameVi", "Hạ tầng số")
			.param("nameEn", "Digital infrastructure")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		long component = this.jdbc.sql("select id from program_component where program_id = ? and code = 'DA1'")
			.param(program)
			.query(Long.class)
			.single();
		assertThat(this.mvc.get().uri("/admin/programs/CDS/components/DA1/delete")).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/programs/CDS/components/DA1/delete\"",
					"<input type=\"hidden\" name=\"version\" value=\"0\">");
		assertThat(this.mvc.post().uri("/admin/programs/CDS/components/DA1/delete").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/programs/CDS")
			.with(csrf())
			.param("nameVi", "Chương trình chuyển đổi số quốc gia")
			.param("nameEn", "Digital transformation")
			.param("archived", "true")
			.param("version", "0")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/admin/programs/CDS/delete")).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/programs/CDS/delete\"", "<input type=\"hidden\" name=\"version\" value=\"1\">",
					"href=\"/admin/programs\"");
		assertThat(this.mvc.post().uri("/admin/programs/CDS/delete").with(csrf()).param("version", "1"))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("""
				select subject || ' ' || action || ' ' || username from audit_entry
				where (subject = 'PROGRAM' and subject_id = ?) or (subject = 'COMPONENT' and subject_id = ?) order by id
				""").param(program).param(component).query(String.class).list()).containsExactly("PROGRAM CREATE admin",
				"COMPONENT CREATE admin", "COMPONENT DELETE admin", "PROGRAM CHANGE admin", "PROGRAM DELETE admin");
		assertThat(this.jdbc.sql("""
				select concat_ws(' | ', old_value ->> 'nameVi', old_value ->> 'archived', new_value ->> 'code',
				new_value ->> 'nameVi', new_value ->> 'archived') from audit_entry
				where subject = 'PROGRAM' and subject_id = ? and action = 'CHANGE'
				""").param(program).query(String.class).single())
			.isEqualTo("Chương trình chuyển đổi số | false | CDS | Chương trình chuyển đổi số quốc gia | true");
	}

}
