package org.programtracker.administration;

import org.junit.jupiter.api.Test;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Editing, moving, closing, reopening and deleting org units, as an administrator does in
 * the browser. Everything rolls back; the refusals that must leave nothing written are in
 * {@link OrgUnitRefusalTests}.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class OrgUnitEditPageTests {

	private static final String NEW_DECISION = """
			{"orgUnit":"HUA_BUM","program":"NTM","capitalType":"RECURRENT","planYear":2024,
			 "amountVnd":1000000,"decisionNumber":"88/QĐ-UBND","decisionDate":"2024-07-02"}
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private OrgUnitAdministration administration;

	@Autowired
	private Users users;

	@Test
	@WithUserDetails("admin")
	void shouldRenameChangeTheKindAndTheSortOrderAndAuditIt() {
		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Sửa đơn vị: Xã Hua Bum", "id=\"name\"", "value=\"2\"", "name=\"version\"");

		assertThat(edit("HUA_BUM", "Xã Hua Bum (mới)", "TOWNSHIP", "NAM_NHUN", "7")).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/admin/org-units")
			.flash()
			.containsEntry("message", "orgUnit.saved");

		assertThat(this.jdbc.sql("select name || '|' || kind || '|' || sort_order from org_unit where code = 'HUA_BUM'")
			.query(String.class)
			.single()).isEqualTo("Xã Hua Bum (mới)|TOWNSHIP|7");
		assertThat(this.jdbc.sql("""
				select (old_value ->> 'name') || ' -> ' || (new_value ->> 'name') || ' | ' || (new_value ->> 'kind')
				from audit_entry
				where subject = 'ORG_UNIT' and action = 'CHANGE' and username = 'admin'
				and subject_id = (select id from org_unit where code = 'HUA_BUM')
				""").query(String.class).single()).isEqualTo("Xã Hua Bum -> Xã Hua Bum (mới) | TOWNSHIP");
	}

	@Test
	@WithUserDetails("admin")
	void shouldMoveACommuneWithEverythingBelowItSoThatOnlyTheNewParentsEditorSeesIt() {
		this.administration.create(this.users.admin(), "CUM_A", "Cụm xã A", OrgUnitKind.UNIT, "NAM_NHUN");
		this.administration.create(this.users.admin(), "CUM_B", "Cụm xã B", OrgUnitKind.UNIT, "NAM_NHUN");
		this.administration.create(this.users.admin(), "XA_X", "Xã X", OrgUnitKind.COMMUNE, "CUM_A");
		this.administration.create(this.users.admin(), "BAN_X", "Bản X", OrgUnitKind.UNIT, "XA_X");
		editorOf("editor-cum-a", "CUM_A");
		editorOf("editor-cum-b", "CUM_B");
		assertThat(progressOf("XA_X", "editor-cum-a")).hasStatusOk();
		assertThat(progressOf("XA_X", "editor-cum-b")).hasStatus(HttpStatus.NOT_FOUND);

		assertThat(edit("XA_X", "Xã X", "COMMUNE", "CUM_B", "0")).hasStatus(HttpStatus.FOUND);

		assertThat(path("XA_X")).isEqualTo("/NAM_NHUN/CUM_B/XA_X/");
		assertThat(path("BAN_X")).isEqualTo("/NAM_NHUN/CUM_B/XA_X/BAN_X/");
		assertThat(path("CUM_A")).isEqualTo("/NAM_NHUN/CUM_A/");
		assertThat(progressOf("XA_X", "editor-cum-a")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(progressOf("BAN_X", "editor-cum-a")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(progressOf("XA_X", "editor-cum-b")).hasStatusOk();
		assertThat(progressOf("BAN_X", "editor-cum-b")).hasStatusOk();
		assertThat(this.mvc.get().uri("/admin/org-units?q=X")).hasStatusOk()
			.bodyText()
			.containsSubsequence("Cụm xã B", "Xã X", "Bản X");
	}

	@Test
	@WithUserDetails("admin")
	void shouldCloseAUnitWithItsSuccessorKeepItsFiguresAndRefuseNewOnesUntilReopened() {
		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM/close")).hasStatusOk()
			.bodyText()
			.contains("Đóng đơn vị: Xã Hua Bum", "Đơn vị kế thừa")
			.doesNotContain("<option value=\"HUA_BUM\"");

		assertThat(close("HUA_BUM", "2024-06-30", "LE_LOI")).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "orgUnit.closed");

		assertThat(this.mvc.get().uri("/admin/org-units?q=hua")).hasStatusOk()
			.bodyText()
			.contains("Đã đóng từ 30/06/2024", "kế thừa: Xã Lê Lợi", "Mở lại");
		assertThat(this.mvc.get().uri("/progress?year=2024&quarter=1&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum");
		assertThat(this.mvc.get().uri("/allocations/new")).hasStatusOk()
			.bodyText()
			.contains("<option value=\"LE_LOI\"")
			.doesNotContain("<option value=\"HUA_BUM\"");
		assertThat(this.mvc.post()
			.uri("/allocations")
			.with(csrf())
			.param("orgUnit", "HUA_BUM")
			.param("program", "NTM")
			.param("capitalType", "RECURRENT")
			.param("planYear", "2024")
			.param("kind", "ALLOCATION")
			.param("decisionNumber", "88/QĐ-UBND")
			.param("decisionDate", "2024-07-02")
			.param("amount", "1")).hasStatusOk()
			.bodyText()
			.contains("id=\"orgUnit-error\"", "Xã Hua Bum đã đóng (đơn vị kế thừa: Xã Lê Lợi)");
		assertThat(postDecision()).hasStatus(HttpStatus.CONFLICT)
			.bodyJson()
			.extractingPath("$.successor")
			.isEqualTo("LE_LOI");
		assertThat(this.mvc.get().uri("/disbursements?year=2024&quarter=4&orgUnit=HUA_BUM")).hasStatusOk()
			.bodyText()
			.contains("Xã Hua Bum đã đóng (đơn vị kế thừa: Xã Lê Lợi) nên không nhận số liệu mới.")
			.doesNotContain("data-cell=");

		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM/close")).hasStatusOk()
			.bodyText()
			.contains("Mở lại đơn vị: Xã Hua Bum", "30/06/2024", "Xã Lê Lợi");
		assertThat(this.mvc.post()
			.uri("/admin/org-units/HUA_BUM/reopen")
			.with(csrf())
			.param("version", String.valueOf(version("HUA_BUM")))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "orgUnit.reopened");

		assertThat(this.jdbc
			.sql("select count(*) from org_unit where code = 'HUA_BUM' and valid_to is null and successor_id is null")
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(postDecision()).hasStatus(HttpStatus.CREATED);
		assertThat(this.jdbc.sql("""
				select string_agg(action, ',' order by id) from audit_entry
				where subject = 'ORG_UNIT' and subject_id = (select id from org_unit where code = 'HUA_BUM')
				""").query(String.class).single()).isEqualTo("CLOSE,REOPEN");
	}

	@Test
	@WithUserDetails("admin")
	void shouldDeleteAUnitNothingDependsOnAfterAConfirmation() {
		this.administration.create(this.users.admin(), "XA_TAM", "Xã Tạm", OrgUnitKind.COMMUNE, "NAM_NHUN");

		assertThat(this.mvc.get().uri("/admin/org-units/XA_TAM/delete")).hasStatusOk()
			.bodyText()
			.contains("Xóa đơn vị: Xã Tạm", "Xóa hẳn đơn vị này?", "action=\"/admin/org-units/XA_TAM/delete\"");
		assertThat(this.mvc.post()
			.uri("/admin/org-units/XA_TAM/delete")
			.with(csrf())
			.param("version", String.valueOf(version("XA_TAM")))).hasStatus(HttpStatus.FOUND)
			.flash()
			.containsEntry("message", "orgUnit.deleted");

		assertThat(this.jdbc.sql("select count(*) from org_unit where code = 'XA_TAM'").query(Long.class).single())
			.isZero();
		assertThat(this.jdbc.sql("""
				select (old_value ->> 'code') || ' ' || (old_value ->> 'name') from audit_entry
				where subject = 'ORG_UNIT' and action = 'DELETE'
				""").query(String.class).single()).isEqualTo("XA_TAM Xã Tạm");
	}

	@Test
	@WithUserDetails("editor")
	void shouldKeepNonAdministratorsAwayFromEditingClosingAndDeleting() {
		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM/close")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.get().uri("/admin/org-units/HUA_BUM/delete")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(edit("HUA_BUM", "Xã Hua Bum", "COMMUNE", "NAM_NHUN", "0")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(close("HUA_BUM", "2024-06-30", "LE_LOI")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/admin/org-units/HUA_BUM/delete").with(csrf()).param("version", "0"))
			.hasStatus(HttpStatus.FORBIDDEN);

		assertThat(this.jdbc.sql("select count(*) from org_unit where code = 'HUA_BUM' and valid_to is null")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	private MockMvcRequestBuilder edit(String code, String name, String kind, String parent, String sortOrder) {
		return this.mvc.post()
			.uri("/admin/org-units/" + code)
			.with(csrf())
			.param("name", name)
			.param("kind", kind)
			.param("parent", parent)
			.param("sortOrder", sortOrder)
			.param("version", String.valueOf(version(code)));
	}

	private MockMvcRequestBuilder close(String code, String closedOn, String successor) {
		return this.mvc.post()
			.uri("/admin/org-units/" + code + "/close")
			.with(csrf())
			.param("closedOn", closedOn)
			.param("successor", successor)
			.param("version", String.valueOf(version(code)));
	}

	private MockMvcRequestBuilder postDecision() {
		return this.mvc.post()
			.uri("/api/v1/allocations")
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(NEW_DECISION);
	}

	private MockMvcRequestBuilder progressOf(String unit, String username) {
		return this.mvc.get()
			.uri("/progress?year=2024&quarter=1&orgUnit=" + unit)
			.with(user(this.users.named(username)));
	}

	private void editorOf(String username, String unit) {
		this.jdbc.sql("""
				insert into app_user (username, password_hash, display_name, role, org_unit_id)
				select :username, '{noop}unused', :username, 'EDITOR', id from org_unit where code = :unit
				""").param("username", username).param("unit", unit).update();
	}

	private String path(String code) {
		return this.jdbc.sql("select path from org_unit where code = :code")
			.param("code", code)
			.query(String.class)
			.single();
	}

	private long version(String code) {
		return this.jdbc.sql("select coalesce(max(version), 0) from org_unit where code = :code")
			.param("code", code)
			.query(Long.class)
			.single();
	}

}
