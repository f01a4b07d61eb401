package org.programtracker.narrative;

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
class NarrativePageTests {

	private static final String PAGE = "/reports/narrative?year=2024&quarter=2&orgUnit=NAM_NHUN";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldAddAParagraphAndShowItInTheSummary() {
		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "GNBV")
			.param("section", "DIFFICULTY")
			.param("text", "Nguồn vốn sự nghiệp phân bổ chi tiết chậm.")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("Nguồn vốn sự nghiệp phân bổ chi tiết chậm.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayNextToTheFieldThatAParagraphNeedsText() {
		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "NTM")
			.param("section", "KEY_TASK")
			.param("text", "   ")).hasStatusOk()
			.bodyText()
			.contains("id=\"text-NTM-KEY_TASK-error\"", "Vui lòng nhập nội dung.", "aria-invalid=\"true\"");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepWhatWasTypedWhenAParagraphIsTooLong() {
		String tooLong = "Nội dung quá dài. ".repeat(250);

		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "DTTS")
			.param("section", "DIFFICULTY")
			.param("text", tooLong)).hasStatusOk()
			.bodyText()
			.contains("Mỗi đoạn tối đa 4.000 ký tự.", "Nội dung quá dài. Nội dung quá dài.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTypedMarkupAsText() {
		this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "NTM")
			.param("section", "DIFFICULTY")
			.param("text", "<script>alert('x')</script> khó khăn")
			.exchange();

		assertThat(this.mvc.get().uri(PAGE)).hasStatusOk()
			.bodyText()
			.contains("&lt;script&gt;alert('x')&lt;/script&gt; khó khăn")
			.doesNotContain("<script>alert");
	}

	@Test
	@WithUserDetails("admin")
	void shouldRefuseAPostWithoutItsCsrfToken() {
		assertThat(this.mvc.post()
			.uri(PAGE)
			.param("program", "NTM")
			.param("section", "DIFFICULTY")
			.param("text", "Không có mã CSRF")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeWriteTheNarrative() {
		assertThat(this.mvc.get().uri(PAGE)).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "NTM")
			.param("section", "DIFFICULTY")
			.param("text", "Ghi thử")).hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhenAParagraphWasWrittenInTheUsersTimeZone() {
		assertThat(this.mvc.get().uri("/reports/narrative?year=2024&quarter=1&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("Người viết: admin, lúc 28/03/2024 09:00");
	}

	@Test
	@WithUserDetails("admin")
	void shouldEditAParagraphAndPrintItsFormatting() {
		long id = write("Thiếu hồ sơ");

		assertThat(this.mvc.get().uri("/reports/narrative/" + id + "/edit")).hasStatusOk()
			.bodyText()
			.contains("Thiếu hồ sơ", "name=\"version\" value=\"0\"");
		assertThat(this.mvc.post()
			.uri("/reports/narrative/" + id)
			.with(csrf())
			.param("version", "0")
			.param("text", "Giải ngân **chậm**:\n- thiếu hồ sơ")).hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains("<p>Giải ngân <strong>chậm</strong>:</p>\n<ul>\n<li>thiếu hồ sơ</li>\n</ul>");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowBothVersionsAndOverwriteNothingWhenSomeoneSavedFirst() {
		long id = write("Bản đầu");
		this.mvc.post()
			.uri("/reports/narrative/" + id)
			.with(csrf())
			.param("version", "0")
			.param("text", "Bản của người thứ nhất")
			.exchange();
		this.entityManager.flush();

		assertThat(this.mvc.post()
			.uri("/reports/narrative/" + id)
			.with(csrf())
			.param("version", "0")
			.param("text", "Bản của người thứ hai")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "Bản của người thứ nhất", "Bản của người thứ hai",
					"name=\"version\" value=\"1\"");
		assertThat(text(id)).isEqualTo("Bản của người thứ nhất");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepTheOldTextWhenTheNewOneIsRefused() {
		long id = write("Giữ nguyên");

		assertThat(
				this.mvc.post().uri("/reports/narrative/" + id).with(csrf()).param("version", "0").param("text", " "))
			.hasStatusOk()
			.bodyText()
			.contains("Vui lòng nhập nội dung.", "aria-invalid=\"true\"");
		assertThat(text(id)).isEqualTo("Giữ nguyên");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeEditAParagraph() {
		long id = this.jdbc.sql("select min(id) from narrative_entry").query(Long.class).single();

		assertThat(this.mvc.get().uri("/reports/narrative/" + id + "/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/reports/narrative/" + id)
			.with(csrf())
			.param("version", "0")
			.param("text", "Sửa trộm")).hasStatus(HttpStatus.FORBIDDEN);
	}

	private long write(String text) {
		this.mvc.post()
			.uri(PAGE)
			.with(csrf())
			.param("program", "GNBV")
			.param("section", "DIFFICULTY")
			.param("text", text)
			.exchange();
		this.entityManager.flush();
		return this.jdbc.sql("select id from narrative_entry where text = ?").param(text).query(Long.class).single();
	}

	private String text(long id) {
		this.entityManager.flush();
		this.entityManager.clear();
		return this.jdbc.sql("select text from narrative_entry where id = ?").param(id).query(String.class).single();
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepAClosedQuartersNarrativeAsTheConferenceReadIt() {
		String closedQuarter = "/reports/narrative?year=2024&quarter=1&orgUnit=NAM_NHUN";
		long paragraph = this.jdbc.sql("select min(id) from narrative_entry where year = 2024 and quarter = 1")
			.query(Long.class)
			.single();
		String before = text(paragraph);

		assertThat(this.mvc.get().uri(closedQuarter)).hasStatusOk()
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ")
			.doesNotContain("<textarea", "/reports/narrative/" + paragraph + "/edit");
		assertThat(this.mvc.post()
			.uri(closedQuarter)
			.with(csrf())
			.param("program", "NTM")
			.param("section", "DIFFICULTY")
			.param("text", "Thêm sau khi khóa sổ")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ");
		assertThat(this.mvc.get().uri("/reports/narrative/" + paragraph + "/edit")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post()
			.uri("/reports/narrative/" + paragraph)
			.with(csrf())
			.param("version", "0")
			.param("text", "Sửa sau khi khóa sổ")).hasStatus(HttpStatus.CONFLICT);
		assertThat(this.mvc.post().uri("/reports/narrative/" + paragraph + "/delete?year=2024&quarter=1").with(csrf()))
			.hasStatus(HttpStatus.CONFLICT);
		assertThat(text(paragraph)).isEqualTo(before);
	}

}
