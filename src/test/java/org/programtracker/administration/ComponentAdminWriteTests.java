package org.programtracker.administration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.administration.ComponentAdministration.ComponentDetails;
import org.programtracker.program.ComponentKind;
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
 * What a refused or conflicting change to a component tree leaves in the database, seen
 * from outside any test transaction: each test commits, and removes the components it
 * made (codes starting with {@code T_}, children first).
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ComponentAdminWriteTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private ComponentAdministration components;

	@Autowired
	private Users users;

	@AfterEach
	void removeTestComponents() {
		this.jdbc.sql("delete from program_component where code like 'T\\_%' and parent_id is not null").update();
		this.jdbc.sql("delete from program_component where code like 'T\\_%'").update();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToMoveAProjectUnderItsOwnSubProject() {
		String before = tree("GNBV");

		assertThat(change("GNBV", "DA3", "DA3.1", version("GNBV", "DA3"))).hasStatusOk()
			.bodyText()
			.contains("id=\"parent-error\"", "Không thể đặt một mục vào bên dưới chính nó hoặc một mục con của nó.",
					"value=\"" + HtmlUtils.htmlEscape("Tên đã gõ") + "\"");
		assertThat(change("GNBV", "DA3", "DA3", version("GNBV", "DA3"))).hasStatusOk()
			.bodyText()
			.contains("id=\"parent-error\"", "Không thể đặt một mục vào bên dưới chính nó");

		assertThat(tree("GNBV")).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAParentFromAnotherProgram() {
		String before = tree("NTM");

		assertThat(change("NTM", "ND01", "DA3", version("NTM", "ND01"))).hasStatusOk()
			.bodyText()
			.contains("id=\"parent-error\"", "Mục cấp trên không thuộc chương trình này.");
		assertThat(create("NTM", "T_NEW", "DA3", "CONTENT", "Nội dung thử", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"parent-error\"", "Mục cấp trên không thuộc chương trình này.", "value=\"T_NEW\"");

		assertThat(tree("NTM")).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0}/{1}/{2}/{3}")
	@CsvSource(delimiter = '|', textBlock = """
			''      | CONTENT | Nội dung thử | 1 | code-error      | Vui lòng nhập mục này.
			t new   | CONTENT | Nội dung thử | 1 | code-error      | Mã chỉ gồm chữ in hoa không dấu
			ND02    | CONTENT | Nội dung thử | 1 | code-error      | Mã ND02 đã được dùng.
			T_NEW   | ''      | Nội dung thử | 1 | kind-error      | Vui lòng nhập mục này.
			T_NEW   | CONTENT | ''           | 1 | nameVi-error    | Vui lòng nhập mục này.
			T_NEW   | CONTENT | Nội dung thử | x | sortOrder-error | Thứ tự hiển thị là một số nguyên từ 0 đến 9999.
			""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldKeepWhatWasTypedAndCreateNothing(String code, String kind, String nameVi,
			String sortOrder, String errorId, String message) {
		String before = tree("NTM");

		assertThat(create("NTM", code, "", kind, nameVi, sortOrder)).hasStatusOk()
			.bodyText()
			.contains("id=\"" + errorId + "\"", message, "value=\"" + code + "\"",
					"value=\"" + HtmlUtils.htmlEscape(nameVi) + "\"", "value=\"" + sortOrder + "\"");

		assertThat(tree("NTM")).isEqualTo(before);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAStaleSaveShowTheSavedValuesBesideTheTypedOnesAndOverwriteNothing() {
		this.components.create(this.users.admin(), "NTM", "T_CONFLICT",
				new ComponentDetails(null, ComponentKind.CONTENT, "Tên ban đầu", null, null));
		long read = version("NTM", "T_CONFLICT");
		assertThat(change("NTM", "T_CONFLICT", "", "Tên người khác lưu", read)).hasStatus(HttpStatus.FOUND);

		assertThat(change("NTM", "T_CONFLICT", "ND02", read)).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này trong lúc bạn đang sửa", "Tên người khác lưu", "Tên đã gõ",
					"name=\"version\" value=\"" + (read + 1) + "\"");

		assertThat(this.jdbc.sql("""
				select c.name_vi || '|' || (c.parent_id is null) from program_component c
				join program p on p.id = c.program_id where p.code = 'NTM' and c.code = 'T_CONFLICT'
				""").query(String.class).single()).isEqualTo("Tên người khác lưu|true");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAComponentThatPlanLinesOrSubProjectsDependOn() {
		long planLines = this.jdbc.sql("""
				select count(*) from plan_line l join program_component c on c.id = l.component_id
				join program p on p.id = c.program_id where p.code = 'NTM' and c.code = 'ND02'
				""").query(Long.class).single();
		String ntm = tree("NTM");
		String gnbv = tree("GNBV");

		assertThat(delete("NTM", "ND02")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Không thể xóa mục này", planLines + " dòng kế hoạch vốn");
		assertThat(delete("GNBV", "DA3")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Không thể xóa mục này", "2 mục con bên dưới");

		assertThat(tree("NTM")).isEqualTo(ntm);
		assertThat(tree("GNBV")).isEqualTo(gnbv);
	}

	@Test
	@WithUserDetails("admin")
	void shouldDeleteAComponentNothingDependsOn() {
		this.components.create(this.users.admin(), "NTM", "T_UNUSED",
				new ComponentDetails(null, ComponentKind.CONTENT, "Nội dung chưa dùng", null, null));

		assertThat(delete("NTM", "T_UNUSED")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/programs/NTM/components")
			.flash()
			.containsEntry("message", "component.deleted");

		assertThat(tree("NTM")).doesNotContain("T_UNUSED");
	}

	private MockMvcRequestBuilder create(String program, String code, String parent, String kind, String nameVi,
			String sortOrder) {
		return this.mvc.post()
			.uri("/admin/programs/" + program + "/components")
			.with(csrf())
			.param("code", code)
			.param("parent", parent)
			.param("kind", kind)
			.param("nameVi", nameVi)
			.param("nameEn", "")
			.param("sortOrder", sortOrder)
			.param("version", "0");
	}

	private MockMvcRequestBuilder change(String program, String code, String parent, long version) {
		return change(program, code, parent, "Tên đã gõ", version);
	}

	private MockMvcRequestBuilder change(String program, String code, String parent, String nameVi, long version) {
		return this.mvc.post()
			.uri("/admin/programs/" + program + "/components/" + code)
			.with(csrf())
			.param("parent", parent)
			.param("kind", "PROJECT")
			.param("nameVi", nameVi)
			.param("nameEn", "")
			.param("sortOrder", "3")
			.param("version", String.valueOf(version));
	}

	private MockMvcRequestBuilder delete(String program, String code) {
		return this.mvc.post()
			.uri("/admin/programs/" + program + "/components/" + code + "/delete")
			.with(csrf())
			.param("version", String.valueOf(version(program, code)));
	}

	/**
	 * The program's whole tree as saved: code, parent, kind, names, order and version of
	 * each component.
	 */
	private String tree(String program) {
		return String.join("\n", this.jdbc.sql("""
				select c.code || '<' || coalesce(parent.code, '') || '|' || c.kind || '|' || c.name_vi || '|'
				|| c.name_en || '|' || c.sort_order || '|' || c.version
				from program_component c join program p on p.id = c.program_id
				left join program_component parent on parent.id = c.parent_id
				where p.code = :program order by c.code
				""").param("program", program).query(String.class).list());
	}

	private long version(String program, String code) {
		return this.jdbc.sql("""
				select c.version from program_component c join program p on p.id = c.program_id
				where p.code = :program and c.code = :code
				""").param("program", program).param("code", code).query(Long.class).single();
	}

}
