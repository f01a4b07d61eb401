package org.programtracker.history;

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
 * The history views show each audited change, in the reader's language and number format,
 * within the reader's scope. Writes roll back.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class HistoryPageTests {

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

	private void change(long id, String amount, String note) {
		assertThat(this.mvc.post()
			.uri("/allocations/" + id)
			.with(csrf())
			.param("version", String.valueOf(version(id)))
			.param("decisionNumber", "1105/QĐ-UBND")
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
