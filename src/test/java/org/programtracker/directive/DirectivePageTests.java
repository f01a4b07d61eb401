package org.programtracker.directive;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class DirectivePageTests {

	private static final String CREATE = "/directives?year=2024&quarter=2&orgUnit=NAM_NHUN";

	@Autowired
	private MockMvcTester mvc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("admin")
	void shouldRecordADirectiveFollowItUpAndCloseIt() {
		MvcTestResult created = this.mvc.post()
			.uri(CREATE)
			.with(csrf())
			.param("text", "Hoàn thành giải ngân vốn kéo dài trước ngày 30/9/2024.")
			.param("programs", "NTM", "DTTS")
			.param("concernedUnits", "NAM_PI", "PU_DAO")
			.param("responsibleUnit", "BQLDA")
			.param("deadline", "2024-09-30")
			.exchange();
		assertThat(created).hasStatus(HttpStatus.FOUND);
		String location = created.getResponse().getRedirectedUrl();

		assertThat(this.mvc.get().uri(location)).hasStatusOk()
			.bodyText()
			.contains("Hoàn thành giải ngân vốn kéo dài", "Ban Quản lý dự án đầu tư xây dựng huyện", "30/09/2024",
					"NTM, DTTS", "Xã Nậm Pì, Xã Pú Đao");
		this.mvc.post().uri(location + "/notes").with(csrf()).param("text", "Đã giải ngân 80%.").exchange();
		this.mvc.post().uri(location + "/done").with(csrf()).exchange();
		assertThat(this.mvc.get().uri(location)).hasStatusOk()
			.bodyText()
			.contains("Đã giải ngân 80%.", "đã hoàn thành");
	}

	@Test
	@WithUserDetails("admin")
	void shouldSayWhatIsMissingNextToEachField() {
		assertThat(this.mvc.post().uri(CREATE).with(csrf()).param("text", "").param("responsible", "")).hasStatusOk()
			.bodyText()
			.contains("id=\"text-error\"", "Vui lòng nhập nội dung kết luận.")
			.contains("id=\"responsible-error\"", "Chọn đơn vị chủ trì hoặc ghi rõ ai chịu trách nhiệm.");
	}

	@Test
	@WithUserDetails("admin")
	void shouldKeepWhatWasTypedWhenTheFormIsRefused() {
		assertThat(
				this.mvc.post().uri(CREATE).with(csrf()).param("text", "Rà soát đất sản xuất").param("responsible", ""))
			.hasStatusOk()
			.bodyText()
			.contains("đất sản xuất</textarea>");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldLetTheSteeringCommitteeReadButNotGiveDirectives() {
		assertThat(this.mvc.get().uri("/directives?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains("Đôn đốc nhà thầu")
			.doesNotContain("Thêm kết luận");
		assertThat(this.mvc.post().uri(CREATE).with(csrf()).param("text", "x").param("responsible", "y"))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldListOnlyOverdueDirectivesWhenAsked() {
		assertThat(this.mvc.get().uri("/directives?year=2024&quarter=2&status=OVERDUE")).hasStatusOk()
			.bodyText()
			.contains("Đôn đốc nhà thầu", "quá hạn")
			.doesNotContain("Đăng ký nhu cầu vốn sự nghiệp");
	}

	@Test
	@WithUserDetails("editor")
	void shouldNotShowTheDistrictsDirectivesToACommuneEditor() {
		assertThat(this.mvc.get().uri("/directives/1")).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/directives?year=2024&quarter=1&orgUnit=NAM_NHUN"))
			.hasStatus(HttpStatus.NOT_FOUND);
	}

	@Test
	@WithUserDetails("admin")
	void shouldEditADirectiveAndReopenItAfterAPrematureDone() {
		String location = give("Rà soát danh mục dự án khởi công mới.");

		assertThat(this.mvc.get().uri(location + "/edit")).hasStatusOk()
			.bodyText()
			.contains("mới.</textarea>", "name=\"version\" value=\"0\"");
		assertThat(this.mvc.post()
			.uri(location)
			.with(csrf())
			.param("version", "0")
			.param("text", "Rà soát **ngay** danh mục dự án khởi công mới.")
			.param("programs", "NTM")
			.param("responsibleUnit", "PNN")
			.param("deadline", "2024-07-15")).hasStatus(HttpStatus.FOUND);
		this.mvc.post().uri(location + "/done").with(csrf()).exchange();
		this.mvc.post().uri(location + "/done").with(csrf()).exchange();
		this.mvc.post().uri(location + "/reopen").with(csrf()).exchange();

		assertThat(this.mvc.get().uri(location)).hasStatusOk()
			.bodyText()
			.contains("Rà soát <strong>ngay</strong> danh mục", "15/07/2024", "Phòng Nông nghiệp",
					"Đánh dấu đã hoàn thành")
			.doesNotContain(">Mở lại<");
	}

	@Test
	@WithUserDetails("admin")
	void shouldShowTheSavedDirectiveBesideMineWhenSomeoneSavedFirst() {
		String location = give("Bản gốc của kết luận.");
		this.mvc.post()
			.uri(location)
			.with(csrf())
			.param("version", "0")
			.param("text", "Bản do chánh văn phòng sửa.")
			.param("responsible", "Văn phòng")
			.exchange();
		this.entityManager.flush();

		assertThat(this.mvc.post()
			.uri(location)
			.with(csrf())
			.param("version", "0")
			.param("text", "Bản do tôi sửa.")
			.param("responsible", "Phòng Tài chính")).hasStatus(HttpStatus.CONFLICT)
			.bodyText()
			.contains("Người khác đã lưu nội dung này", "Bản do chánh văn phòng sửa.", "sửa.</textarea>",
					"name=\"version\" value=\"1\"");
		this.entityManager.clear();
		assertThat(this.mvc.get().uri(location)).bodyText()
			.contains("Bản do chánh văn phòng sửa.")
			.doesNotContain("Bản do tôi sửa.");
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeEditADirective() {
		assertThat(this.mvc.get().uri("/directives/1/edit")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post()
			.uri("/directives/1")
			.with(csrf())
			.param("version", "0")
			.param("text", "Sửa trộm")
			.param("responsible", "Ai đó")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(this.mvc.post().uri("/directives/1/reopen").with(csrf())).hasStatus(HttpStatus.FORBIDDEN);
	}

	private String give(String text) {
		String location = this.mvc.post()
			.uri(CREATE)
			.with(csrf())
			.param("text", text)
			.param("responsible", "Các chủ đầu tư")
			.exchange()
			.getResponse()
			.getRedirectedUrl();
		this.entityManager.flush();
		return location;
	}

}
