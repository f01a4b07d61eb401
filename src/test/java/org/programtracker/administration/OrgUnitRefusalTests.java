package org.programtracker.administration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.administration.OrgUnitAdministration.OrgUnitChange;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * What the administrator is refused, and that nothing was written: these run without a
 * test transaction, so each request commits or rolls back on its own, and the units they
 * create are removed afterwards.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OrgUnitRefusalTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OrgUnitAdministration administration;

	@Autowired
	private Users users;

	@AfterEach
	void removeTheUnitsCreatedHere() {
		this.jdbc.sql("""
				delete from audit_entry where subject = 'ORG_UNIT'
				and subject_id in (select id from org_unit where code like 'T_REF_%')
				""").update();
		this.jdbc
			.sql("delete from org_unit where code like 'T_REF_%' and parent_id in "
					+ "(select id from org_unit where code like 'T_REF_%')")
			.update();
		this.jdbc.sql("delete from org_unit where code like 'T_REF_%'").update();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToMoveAUnitUnderItselfOrItsOwnDescendantAndWriteNothing() {
		create("T_REF_CUM", "Cụm thử", "NAM_NHUN");
		create("T_REF_XA", "Xã thử", "T_REF_CUM");
		long version = version("T_REF_CUM");

		for (String parent : new String[] { "T_REF_XA", "T_REF_CUM" }) {
			assertThat(this.mvc.post()
				.uri("/admin/org-units/T_REF_CUM")
				.with(csrf())
				.param("name", "Cụm thử đổi tên")
				.param("kind", "UNIT")
				.param("parent", parent)
				.param("sortOrder", "0")
				.param("version", String.valueOf(version))).hasStatusOk()
				.bodyText()
				.contains("id=\"parent-error\"", "Không thể chuyển Cụm thử vào chính nó hoặc một đơn vị trực thuộc nó.")
				.doesNotContain("<option value=\"T_REF_XA\"");
		}

		assertThat(path("T_REF_CUM")).isEqualTo("/NAM_NHUN/T_REF_CUM/");
		assertThat(path("T_REF_XA")).isEqualTo("/NAM_NHUN/T_REF_CUM/T_REF_XA/");
		assertThat(version("T_REF_CUM")).isEqualTo(version);
		assertThat(this.jdbc.sql("select name from org_unit where code = 'T_REF_CUM'").query(String.class).single())
			.isEqualTo("Cụm thử");
		assertThat(audited("CHANGE")).isZero();
	}

	@ParameterizedTest(name = "{0}/{1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					''         | LE_LOI    | closedOn-error  | Vui lòng nhập mục này.
					2099-01-01 | LE_LOI    | closedOn-error  | Ngày đóng không được sau hôm nay
					2025-06-30 | ''        | successor-error | Vui lòng nhập mục này.
					2025-06-30 | T_REF_XA  | successor-error | Đơn vị kế thừa không được là chính Cụm thử hoặc một đơn vị trực thuộc nó.
					2025-06-30 | T_REF_CUM | successor-error | Đơn vị kế thừa không được là chính Cụm thử hoặc một đơn vị trực thuộc nó.
					2025-06-30 | T_REF_OLD | successor-error | Xã cũ đã đóng: đơn vị kế thừa phải đang hoạt động.
					""")
	@WithUserDetails("admin")
	void shouldSayWhatIsWrongNextToTheFieldAndLeaveTheUnitOpen(String closedOn, String successor, String errorId,
			String message) {
		create("T_REF_CUM", "Cụm thử", "NAM_NHUN");
		create("T_REF_XA", "Xã thử", "T_REF_CUM");
		create("T_REF_OLD", "Xã cũ", "NAM_NHUN");
		this.administration.close(this.users.admin(), "T_REF_OLD", version("T_REF_OLD"),
				java.time.LocalDate.of(2025, 6, 30), "LE_LOI");
		this.administration.close(this.users.admin(), "T_REF_XA", version("T_REF_XA"),
				java.time.LocalDate.of(2025, 6, 30), "LE_LOI");
		long version = version("T_REF_CUM");

		assertThat(this.mvc.post()
			.uri("/admin/org-units/T_REF_CUM/close")
			.with(csrf())
			.param("closedOn", closedOn)
			.param("successor", successor)
			.param("version", String.valueOf(version))).hasStatusOk()
			.bodyText()
			.contains("id=\"" + errorId + "\"", message);

		assertThat(this.jdbc.sql("select count(*) from org_unit where code = 'T_REF_CUM' and valid_to is null")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(version("T_REF_CUM")).isEqualTo(version);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToCloseAUnitWhoseUnitsBelowAreStillOpen() {
		create("T_REF_CUM", "Cụm thử", "NAM_NHUN");
		create("T_REF_XA", "Xã thử", "T_REF_CUM");

		assertThat(this.mvc.post()
			.uri("/admin/org-units/T_REF_CUM/close")
			.with(csrf())
			.param("closedOn", "2025-06-30")
			.param("successor", "LE_LOI")
			.param("version", String.valueOf(version("T_REF_CUM")))).hasStatusOk()
			.bodyText()
			.contains("Còn 1 đơn vị trực thuộc đang hoạt động (Xã thử)");

		assertThat(audited("CLOSE")).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAUnitThatFiguresDependOnAndNameWhatDoes() {
		long auditRows = this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single();

		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM/delete")).hasStatusOk()
			.bodyText()
			.contains("Không thể xóa Xã Hua Bum", "7 dòng kế hoạch vốn (năm 2023, 2024, 2025)",
					"1 tài khoản có đơn vị chính", "editor", "hãy đóng đơn vị và chọn đơn vị kế thừa")
			.doesNotContain("action=\"/admin/org-units/HUA_BUM/delete\"");
		assertThat(this.mvc.post()
			.uri("/admin/org-units/HUA_BUM/delete")
			.with(csrf())
			.param("version", String.valueOf(version("HUA_BUM")))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Không thể xóa Xã Hua Bum", "dòng kế hoạch vốn");
		assertThat(this.mvc.get().uri("/admin/org-units/NAM_NHUN/delete")).hasStatusOk()
			.bodyText()
			.contains("đơn vị trực thuộc: ", "Xã Hua Bum", "…");

		assertThat(this.jdbc.sql("select count(*) from org_unit where code = 'HUA_BUM'").query(Long.class).single())
			.isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from audit_entry").query(Long.class).single()).isEqualTo(auditRows);
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseToDeleteAUnitWithAUnitBelowIt() {
		create("T_REF_CUM", "Cụm thử", "NAM_NHUN");
		create("T_REF_XA", "Xã thử", "T_REF_CUM");

		assertThat(this.mvc.post()
			.uri("/admin/org-units/T_REF_CUM/delete")
			.with(csrf())
			.param("version", String.valueOf(version("T_REF_CUM")))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("1 đơn vị trực thuộc: Xã thử");

		assertThat(path("T_REF_CUM")).isEqualTo("/NAM_NHUN/T_REF_CUM/");
		assertThat(audited("DELETE")).isZero();
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheSavedValuesBesideTheTypedOnesAfterAConflictAndOverwriteNothing() {
		create("T_REF_XA", "Xã thử", "NAM_NHUN");
		long read = version("T_REF_XA");
		this.administration.change(this.users.admin(), "T_REF_XA", read,
				new OrgUnitChange("Xã thử (người khác sửa)", OrgUnitKind.COMMUNE, "NAM_NHUN", 3));

		assertThat(this.mvc.post()
			.uri("/admin/org-units/T_REF_XA")
			.with(csrf())
			.param("name", "Xã thử của tôi")
			.param("kind", "TOWNSHIP")
			.param("parent", "NAM_NHUN")
			.param("sortOrder", "5")
			.param("version", String.valueOf(read))).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "Bản đang lưu", "Xã thử (người khác sửa)", "Xã thử của tôi",
					"Thị trấn", "value=\"" + version("T_REF_XA") + "\"", "Lưu bản của tôi");

		assertThat(
				this.jdbc.sql("select name || '|' || kind || '|' || sort_order from org_unit where code = 'T_REF_XA'")
					.query(String.class)
					.single())
			.isEqualTo("Xã thử (người khác sửa)|COMMUNE|3");
	}

	private void create(String code, String name, String parent) {
		this.administration.create(this.users.admin(), code, name, OrgUnitKind.COMMUNE, parent);
	}

	private long audited(String action) {
		return this.jdbc.sql("""
				select count(*) from audit_entry where subject = 'ORG_UNIT' and action = :action
				and subject_id in (select id from org_unit where code like 'T_REF_%')
				""").param("action", action).query(Long.class).single();
	}

	private String path(String code) {
		return this.jdbc.sql("select path from org_unit where code = :code")
			.param("code", code)
			.query(String.class)
			.single();
	}

	private long version(String code) {
		return this.jdbc.sql("select version from org_unit where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}
