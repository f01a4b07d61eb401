package org.programtracker.period;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class PeriodPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private PeriodService periods;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldListTheQuartersOfAYearWithWhenTheyWereClosed() {
		assertThat(this.mvc.get().uri("/periods?year=2024")).hasStatusOk()
			.bodyText()
			.contains("Các quý báo cáo năm 2024", "Đã khóa sổ ngày 05/04/2024 (admin)", "Khóa sổ quý 2",
					"<label for=\"reason1\">Lý do mở lại quý 1</label>");
	}

	@Test
	@WithUserDetails("admin")
	void shouldCloseAQuarterAndAuditIt() {
		assertThat(this.mvc.post().uri("/periods/2024/2/close").with(csrf())).hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/periods?year=2024");

		assertThat(this.periods.isClosed(new Quarter(2024, 2))).isTrue();
		assertThat(auditActions(2)).containsExactly("CLOSE");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAskForAReasonBeforeReopeningAndRecordIt() {
		assertThat(this.mvc.post().uri("/periods/2024/1/reopen").with(csrf()).param("reason", " "))
			.hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("id=\"reason1-error\"", "Vui lòng ghi lý do mở lại quý.");
		assertThat(this.periods.isClosed(new Quarter(2024, 1))).isTrue();

		assertThat(this.mvc.post()
			.uri("/periods/2024/1/reopen")
			.with(csrf())
			.param("reason", "Xã Hua Bum báo cáo bổ sung khối lượng")).hasStatus(HttpStatus.FOUND);
		assertThat(this.periods.isClosed(new Quarter(2024, 1))).isFalse();
		this.entityManager.flush();
		assertThat(this.jdbc.sql("select note from audit_entry where action = 'REOPEN' and year = 2024 and quarter = 1")
			.query(String.class)
			.single()).isEqualTo("Xã Hua Bum báo cáo bổ sung khối lượng");
	}

	@Test
	@WithUserDetails("editor")
	void shouldLeaveClosingToAdministrators() {
		assertThat(this.mvc.get().uri("/periods?year=2024")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/periods/2024/2/close").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.periods.isClosed(new Quarter(2024, 2))).isFalse();
	}

	private java.util.List<String> auditActions(int quarter) {
		this.entityManager.flush();
		return this.jdbc.sql("select action from audit_entry where subject = 'PERIOD' and year = 2024 and quarter = ?")
			.param(quarter)
			.query(String.class)
			.list();
	}

}
