package org.programtracker.administration;

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
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class OrgUnitAdminPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("admin")
	void shouldListTheTreeAndFindAUnitByNameOrCode() {
		assertThat(this.mvc.get().uri("/admin")).hasStatusOk().bodyText().contains("/admin/org-units", "/admin/users");
		assertThat(this.mvc.get().uri("/admin/org-units?q=hua")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum", "HUA_BUM", "1 đơn vị")
			.doesNotContain("Xã Nậm Hàng");
	}

	@Test
	@WithUserDetails("admin")
	void shouldCreateACommuneUnderTheDistrict() {
		assertThat(create("XA_MOI", "Xã Mới", "NAM_NHUN")).hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("select name from org_unit where code = 'XA_MOI'").query(String.class).single())
			.isEqualTo("Xã Mới");
		assertThat(this.mvc.get().uri("/admin/org-units?q=XA_MOI")).hasStatusOk().bodyText().contains("Xã Mới");
	}

	@Test
	@WithUserDetails("admin")
	void shouldCreateACommuneThatExistsFromTheDayOfTheMergerAndRefuseAnImpossibleDate() {
		assertThat(this.mvc.get().uri("/admin/org-units/new")).hasStatusOk().bodyText().contains("Thành lập từ ngày");
		assertThat(this.mvc.post()
			.uri("/admin/org-units")
			.with(csrf())
			.param("code", "XA_MOI")
			.param("name", "Xã Mới")
			.param("kind", "COMMUNE")
			.param("parent", "NAM_NHUN")
			.param("validFrom", "2025-07-01")).hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/admin/org-units")
			.with(csrf())
			.param("code", "XA_MOI2")
			.param("name", "Xã Mới 2")
			.param("kind", "COMMUNE")
			.param("parent", "NAM_NHUN")
			.param("validFrom", "2025-02-30")).hasStatusOk().bodyText().contains("id=\"validFrom-error\"");

		assertThat(this.jdbc.sql("select valid_from from org_unit where code = 'XA_MOI'")
			.query(java.time.LocalDate.class)
			.single()).isEqualTo("2025-07-01");
		assertThat(this.jdbc.sql("select count(*) from org_unit where code = 'XA_MOI2'").query(Long.class).single())
			.isZero();
	}

	@ParameterizedTest(name = "{0}/{1}/{2}")
	@CsvSource(delimiter = '|', textBlock = """
			''       | Xã Mới | NAM_NHUN | code-error   | Vui lòng nhập mục này.
			xa moi   | Xã Mới | NAM_NHUN | code-error   | Mã chỉ gồm chữ in hoa không dấu
			HUA_BUM  | Xã Mới | NAM_NHUN | code-error   | Mã HUA_BUM đã được dùng.
			XA_MOI   | ''     | NAM_NHUN | name-error   | Vui lòng nhập mục này.
			XA_MOI   | Xã Mới | ''       | parent-error | Vui lòng nhập mục này.
			XA_MOI   | Xã Mới | NOWHERE  | parent-error | Đơn vị cấp trên không tồn tại.
			""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldAndCreateNothing(String code, String name, String parent, String errorId,
			String message) {
		long before = units();

		assertThat(create(code, name, parent)).hasStatusOk()
			.bodyText()
			.contains("id=\"" + errorId + "\"", message, "value=\"" + code + "\"");

		assertThat(units()).isEqualTo(before);
	}

	@Test
	@WithUserDetails("editor")
	void shouldKeepEditorsOutOfAdministration() {
		assertThat(this.mvc.get().uri("/admin")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/org-units")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(create("XA_MOI", "Xã Mới", "HUA_BUM")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder create(String code, String name, String parent) {
		return this.mvc.post()
			.uri("/admin/org-units")
			.with(csrf())
			.param("code", code)
			.param("name", name)
			.param("kind", "COMMUNE")
			.param("parent", parent);
	}

	private long units() {
		return this.jdbc.sql("select count(*) from org_unit").query(Long.class).single();
	}

}
