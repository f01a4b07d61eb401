package org.programtracker.report;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.programtracker.audit.AuditTrail;
import org.programtracker.audit.AuditTrail.AuditRecord;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.orgunit.OrgUnitService;
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

	@Autowired
	private AuditTrail audit;

	@Autowired
	private OrgUnitService orgUnits;

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

	@Test
	@WithUserDetails("admin")
	void shouldSendTheSummaryToTheRecipientsTypedAndToTheDefaultListWithoutThem() throws Exception {
		assertThat(save("0", "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO", "BC-BCĐ", "TRƯỞNG BAN").param("recipients",
				"- Văn phòng UBND tỉnh;\n\n  - Sở Tài chính;\n- Lưu: VT, KT."))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).hasStatusOk()
			.bodyText()
			.contains(">- Văn phòng UBND tỉnh;<", ">- Sở Tài chính;<", ">- Lưu: VT, KT.<")
			.doesNotContain("- Các cơ quan thường trực chương trình;");
		assertThat(pdfText("/reports/summary.pdf?year=2024&quarter=2&orgUnit=NAM_NHUN"))
			.contains("Nơi nhận: - Văn phòng UBND tỉnh; - Sở Tài chính; - Lưu: VT, KT.");

		this.entityManager.flush();
		assertThat(save("1", "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO", "BC-BCĐ", "TRƯỞNG BAN").param("recipients", " "))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).bodyText()
			.contains(">- Các thành viên Ban Chỉ đạo;<", ">- Lưu: VT.<")
			.doesNotContain("Sở Tài chính");
	}

	@Test
	@WithUserDetails("admin")
	void shouldGiveOneReportAHeaderOfItsOwnAndLeaveTheUnitsOtherReportsAlone() {
		assertThat(this.mvc.get().uri(FORM + "&year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Thể thức và chữ ký báo cáo quý II năm 2024: Huyện Nậm Nhùn",
					"Báo cáo quý này đang dùng thể thức chung của đơn vị", ">TM. BAN CHỈ ĐẠO\nTRƯỞNG BAN</textarea>")
			.doesNotContain("name=\"version\" value=\"0\"");

		assertThat(save(null, "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG", "BC-BCĐ",
				"KT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", FORM + "&year=2024&quarter=2"))
			.hasStatus(HttpStatus.FOUND)
			.hasRedirectedUrl("/reports/summary?orgUnit=NAM_NHUN&year=2024&quarter=2");

		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).bodyText()
			.contains(">KT. TRƯỞNG BAN<", ">PHÓ TRƯỞNG BAN<", "Lò Văn Mạnh");
		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=3&orgUnit=NAM_NHUN")).bodyText()
			.contains(">TM. BAN CHỈ ĐẠO<", ">TRƯỞNG BAN<")
			.doesNotContain("Lò Văn Mạnh", "PHÓ TRƯỞNG BAN");
		assertThat(this.mvc.get().uri(FORM + "&year=2024&quarter=2")).bodyText()
			.contains("Báo cáo quý này có thể thức riêng", "name=\"version\" value=\"0\"");

		this.entityManager.flush();
		assertThat(
				this.mvc.post().uri("/reports/header/drop?orgUnit=NAM_NHUN&year=2024&quarter=2&version=0").with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2&orgUnit=NAM_NHUN")).bodyText()
			.contains(">TM. BAN CHỈ ĐẠO<")
			.doesNotContain("Lò Văn Mạnh");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAuditEveryChangeOfAHeaderFieldByField() {
		save("0", "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO MỚI", "BC-BCĐ", "TRƯỞNG BAN").exchange();
		save(null, "UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO", "BC-BCĐ", "TRƯỞNG BAN", FORM + "&year=2024&quarter=2")
			.exchange();
		this.entityManager.flush();
		long unit = this.orgUnits.findByCode("NAM_NHUN").orElseThrow().id();

		List<AuditRecord> ofUnit = this.audit.ofSubjectAtUnit(AuditSubject.REPORT_HEADER, unit, null, null);
		assertThat(ofUnit).singleElement().satisfies(change -> {
			assertThat(change.action()).isEqualTo(AuditAction.CHANGE);
			assertThat(change.username()).isEqualTo("admin");
			assertThat(change.before()).containsEntry("issuingBody", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG")
				.containsEntry("signerName", "");
			assertThat(change.after()).containsEntry("issuingBody", "BAN CHỈ ĐẠO MỚI")
				.containsEntry("signerName", "Lò Văn Mạnh");
		});
		assertThat(this.audit.ofSubjectAtUnit(AuditSubject.REPORT_HEADER, unit, 2024, 2)).singleElement()
			.satisfies(change -> {
				assertThat(change.action()).isEqualTo(AuditAction.CREATE);
				assertThat(change.before()).isNull();
				assertThat(change.after()).containsEntry("signerTitle", "TRƯỞNG BAN");
			});
		assertThat(this.mvc.get().uri(FORM)).bodyText()
			.contains("Lịch sử thay đổi", "thể thức báo cáo", "Cơ quan ban hành", "BAN CHỈ ĐẠO MỚI");
		assertThat(this.mvc.get().uri("/history?orgUnit=NAM_NHUN&year=2024&quarter=2")).bodyText()
			.contains("thể thức báo cáo", "Người ký", "Lò Văn Mạnh");
	}

	@Test
	@WithUserDetails("admin")
	void shouldAnswerAQuarterWithoutItsYearAsABadRequest() {
		assertThat(this.mvc.get().uri(FORM + "&quarter=2")).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(this.mvc.get().uri(FORM + "&year=2024&quarter=5")).hasStatus(HttpStatus.BAD_REQUEST);
	}

	private String pdfText(String uri) throws Exception {
		byte[] pdf = this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private MockMvcRequestBuilder save(String version, String authority, String issuingBody, String symbol,
			String signerTitle, String uri) {
		MockMvcRequestBuilder request = this.mvc.post()
			.uri(uri)
			.with(csrf())
			.param("authority", authority)
			.param("issuingBody", issuingBody)
			.param("symbol", symbol)
			.param("place", "Nậm Nhùn")
			.param("signerTitle", signerTitle)
			.param("signerName", "Lò Văn Mạnh");
		return (version == null) ? request : request.param("version", version);
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
