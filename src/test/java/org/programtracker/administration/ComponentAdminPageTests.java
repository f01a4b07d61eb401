package org.programtracker.administration;

import java.nio.charset.StandardCharsets;

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
 * A program's component tree as an administrator sees it; writes roll back. Refusals are
 * proven in {@link ComponentAdminWriteTests}, outside a test transaction.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ComponentAdminPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldListTheTreeWithSubProjectsIndentedUnderTheirProject() throws Exception {
		String page = this.mvc.get()
			.uri("/admin/programs/GNBV/components")
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(page).contains("Dự án, nội dung thành phần của GNBV", "9 dự án, tiểu dự án, nội dung",
				"<th scope=\"row\" class=\"depth-0\">Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng</th>",
				"<th scope=\"row\" class=\"depth-1\">Cải thiện dinh dưỡng</th>", "Tiểu dự án",
				"/admin/programs/GNBV/components/new?parent=DA3");
		assertThat(page.indexOf(">DA3<")).isLessThan(page.indexOf(">DA3.1<"));
		assertThat(page.indexOf(">DA3.1<")).isLessThan(page.indexOf(">DA3.2<"));
		assertThat(page.indexOf(">DA3.2<")).isLessThan(page.indexOf(">DA4<"));
	}

	@Test
	@WithUserDetails("admin")
	void shouldCreateASubProjectUnderAProjectOfTheSameProgram() {
		assertThat(this.mvc.get().uri("/admin/programs/GNBV/components/new?parent=DA3")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"DA3\" selected=\"selected\">");

		assertThat(this.mvc.post()
			.uri("/admin/programs/GNBV/components")
			.with(csrf())
			.param("code", "DA3.3")
			.param("parent", "DA3")
			.param("kind", "SUB_PROJECT")
			.param("nameVi", "Hỗ trợ chế biến nông sản")
			.param("nameEn", "Processing support")
			.param("sortOrder", "")
			.param("version", "0")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/programs/GNBV/components");

		assertThat(this.jdbc.sql("""
				select c.kind || '|' || parent.code || '|' || c.name_en from program_component c
				join program p on p.id = c.program_id join program_component parent on parent.id = c.parent_id
				where p.code = 'GNBV' and c.code = 'DA3.3'
				""").query(String.class).single()).isEqualTo("SUB_PROJECT|DA3|Processing support");
		assertThat(this.mvc.get().uri("/admin/programs/GNBV/components")).bodyText()
			.contains("<th scope=\"row\" class=\"depth-1\">Hỗ trợ chế biến nông sản</th>");
	}

	@Test
	@WithUserDetails("admin")
	void shouldEditNamesKindSortOrderAndMoveAComponentUnderAnotherProject() {
		assertThat(this.mvc.get().uri("/admin/programs/GNBV/components/DA3.2/edit")).hasStatusOk()
			.bodyText()
			.contains("Sửa DA3.2", "value=\"Cải thiện dinh dưỡng\"", "<option value=\"DA3\" selected=\"selected\">")
			.doesNotContain("<option value=\"DA3.2\"");

		assertThat(this.mvc.post()
			.uri("/admin/programs/GNBV/components/DA3.2")
			.with(csrf())
			.param("parent", "DA2")
			.param("kind", "CONTENT")
			.param("nameVi", "Dinh dưỡng")
			.param("nameEn", "")
			.param("sortOrder", "7")
			.param("version", String.valueOf(version("GNBV", "DA3.2")))).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("""
				select c.kind || '|' || parent.code || '|' || c.name_vi || '|' || c.name_en || '|' || c.sort_order
				from program_component c join program p on p.id = c.program_id
				join program_component parent on parent.id = c.parent_id where p.code = 'GNBV' and c.code = 'DA3.2'
				""").query(String.class).single()).isEqualTo("CONTENT|DA2|Dinh dưỡng|Dinh dưỡng|7");
	}

	@Test
	@WithUserDetails("admin")
	void shouldOfferNeitherTheComponentNorItsSubProjectsAsItsParent() {
		assertThat(this.mvc.get().uri("/admin/programs/GNBV/components/DA3/edit")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"DA1\"")
			.doesNotContain("<option value=\"DA3\"", "<option value=\"DA3.1\"", "<option value=\"DA3.2\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatDependsOnAComponentBeforeDeleting() {
		assertThat(this.mvc.get().uri("/admin/programs/GNBV/components/DA3/delete")).hasStatusOk()
			.bodyText()
			.contains("Không thể xóa mục này", "2 mục con bên dưới")
			.doesNotContain("action=\"/admin/programs/GNBV/components/DA3/delete\"");
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components/ND09/delete")).hasStatusOk()
			.bodyText()
			.contains("Xóa mục này khỏi cây của chương trình?",
					"action=\"/admin/programs/NTM/components/ND09/delete\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAnswerAnUnknownComponentWithNotFound() {
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components/DA3/edit")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/admin/programs/NO_SUCH/components")).hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("officer")
	void shouldKeepProgramOfficersOut() {
		assertThat(this.mvc.get().uri("/admin/programs/NTM/components")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/admin/programs/NTM/components")
			.with(csrf())
			.param("code", "X")
			.param("kind", "CONTENT")
			.param("nameVi", "X")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private long version(String program, String code) {
		return this.jdbc.sql("""
				select c.version from program_component c join program p on p.id = c.program_id
				where p.code = :program and c.code = :code
				""").param("program", program).param("code", code).query(Long.class).single();
	}

}
