package org.programtracker.report;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ReportHeaderPageTests {

	private static final String FORM = "/reports/header?orgUnit=NAM_NHUN";

	@Autowired
	private MockMvcTester mvc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldHeadAndSignTheSummaryAsSaved() {
		assertThat(this.mvc.get().uri(FORM)).hasStatusOk()
			.bodyText()
			.contains("name=\"version\" value=\"0\"", "name=\"authority\"");

		assertThat(
				save("0", "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO CÁC CTMTQG", "BC-BCĐ", "KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN"))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=1&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("BAN CHỈ ĐẠO CÁC CTMTQG", ">KT. TRƯỞNG BAN<", ">PHÓ TRƯỞNG BAN<", "Lò Văn Mạnh");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsMissingNextToEachFieldAndKeepWhatWasTyped() {
		assertThat(save("0", " ", "Cơ quan mới", "", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"authority-error\"", "Vui lòng nhập cơ quan chủ quản.")
			.contains("id=\"symbol-error\"", "Vui lòng nhập ký hiệu văn bản.")
			.contains("id=\"signerTitle-error\"", "Vui lòng nhập chức vụ người ký.")
			.contains("value=\"Cơ quan mới\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheSavedHeaderAndOverwriteNothingWhenSomeoneSavedFirst() {
		save("0", "UBND HUYỆN NẬM NHÙN", "BẢN THỨ NHẤT", "BC-BCĐ", "TRƯỞNG BAN").exchange();
		this.entityManager.flush();

		assertThat(save("0", "UBND HUYỆN NẬM NHÙN", "BẢN THỨ HAI", "BC-BCĐ", "TRƯỞNG BAN"))
			.hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "BẢN THỨ NHẤT", "value=\"BẢN THỨ HAI\"",
					"name=\"version\" value=\"1\"");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeChangeTheHeader() {
		assertThat(this.mvc.get().uri(FORM)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(save("0", "GIẢ MẠO", "", "BC", "TRƯỞNG BAN")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotLetACommuneEditorChangeTheHeader() {
		assertThat(this.mvc.get().uri(FORM)).hasStatus(HttpStatus.FORBIDDEN);
	}

	private MockMvcRequestBuilder save(String version, String authority, String issuingBody, String symbol,
			String signerTitle) {
		return this.mvc.post()
			.uri(FORM)
			.with(csrf())
			.param("version", version)
			.param("authority", authority)
			.param("issuingBody", issuingBody)
			.param("symbol", symbol)
			.param("place", "Nậm Nhùn")
			.param("signerTitle", signerTitle)
			.param("signerName", "Lò Văn Mạnh");
	}

}
