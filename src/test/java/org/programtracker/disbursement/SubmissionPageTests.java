package org.programtracker.disbursement;

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
class SubmissionPageTests {

	private static final String GRID = "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("editor")
	void shouldMarkTheCommunesQuarterSubmittedFromTheGridAndAuditIt() {
		assertThat(this.mvc.get().uri(GRID)).bodyText().contains("Đơn vị chưa đánh dấu đã nộp số liệu quý này.");

		assertThat(this.mvc.post().uri("/disbursements/submitted?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl(GRID);

		assertThat(this.mvc.get().uri(GRID)).bodyText()
			.contains("Đơn vị đã nộp số liệu quý này ngày", "(editor)")
			.doesNotContain("Đánh dấu đã nộp số liệu quý</button>");
		this.entityManager.flush();
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where action = 'SUBMIT' and year = 2024 and quarter = 2")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseToMarkAClosedQuarter() {
		assertThat(this.mvc.post().uri("/disbursements/submitted?orgUnit=HUA_BUM&year=2024&quarter=1").with(csrf()))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ");
	}

	@Test
	@WithUserDetails("admin")
	void shouldListWhichUnitsHaveAndHaveNotSubmitted() {
		this.jdbc.sql("""
				insert into quarter_submission (org_unit_id, year, quarter, submitted_by, submitted_at)
				select id, 2024, 2, 'editor', timestamp with time zone '2024-07-03 09:00:00+07'
				from org_unit where code = 'HUA_BUM'""").update();

		assertThat(this.mvc.get().uri("/disbursements/submissions?orgUnit=NAM_NHUN&year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Nộp số liệu quý 2 năm 2024: Huyện Nậm Nhùn", "Đã nộp 5 trên", "Xã Hua Bum",
					"Đã nộp ngày 03/07/2024 (editor)", "Xã Nậm Hàng", "Chưa nộp");
	}

}
