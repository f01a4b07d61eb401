package org.programtracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.persistence.EntityManager;
import jakarta.servlet.http.Cookie;
import jakarta.persistence.PersistenceContext;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.programtracker.support.Imports;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.programtracker.support.DisbursementSheets.sheet;
import static org.programtracker.support.DisbursementSheets.withFormula;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class ImportPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("editor")
	void shouldImportAQuartersEntriesThroughTheAuditedWriteService() throws IOException {
		byte[] sheet = sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, 100, "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2023, "", "", "", "bỏ qua: không có số" });

		assertThat(upload(2024, 4, sheet)).hasStatus(HttpStatus.FOUND);

		this.entityManager.flush();
		assertThat(quarterFour("GNBV", 2024)).isEqualByComparingTo("500000000");
		assertThat(quarterFour("NTM", 2024)).isEqualByComparingTo("30500000");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry
				where year = 2024 and quarter = 4 and username = 'editor'
				""").query(Long.class).single()).isEqualTo(2);
	}

	/**
	 * Outside the test's transaction, so that the import's own rollback is what is seen.
	 */
	@Test
	@WithUserDetails("editor")
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void shouldListEveryProblemByRowAndColumnAndImportNothing() throws IOException {
		byte[] sheet = sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, "", "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2024, "1,234", "", "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "VON", "", 2024, 10, "", "", "" },
				new Object[] { "NAM_PI", "NTM", "ND03", "RECURRENT", "", 2024, 10, "", "", "" },
				new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 100, 150, "", "" });

		assertThat(upload(2024, 4, sheet)).hasStatusOk()
			.bodyText()
			.contains("Chưa nhập gì: có 4 lỗi cần sửa")
			.contains("<td class=\"num\">3</td>", "Số tiền (triệu đồng)", "«1,234» chưa rõ nghĩa")
			.contains("<td class=\"num\">4</td>", "Loại vốn",
					"&quot;VON&quot; không có trong danh sách: chọn một trong Vốn đầu tư phát triển, Vốn sự nghiệp")
			.contains("<td class=\"num\">5</td>", "Mã đơn vị", "Không có &quot;NAM_PI&quot; trong phạm vi")
			.contains("<td class=\"num\">6</td>", "Trong đó tạm ứng (triệu đồng)");
		assertThat(quarterFour("GNBV", 2024)).isNull();
	}

	@Test
	@WithUserDetails("editor")
	void shouldAskForANoteToConfirmAnAmountAbovePlan() throws IOException {
		Object[] overPlan = { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 600, "", "", "" };

		assertThat(upload(2024, 4, sheet(overPlan))).hasStatusOk().bodyText().contains("Ghi chú", "vượt");
		assertThat(quarterFour("GNBV", 2024)).isNull();

		overPlan[9] = "Thanh toán khối lượng hoàn thành theo quyết toán";
		assertThat(upload(2024, 4, sheet(overPlan))).hasStatus(HttpStatus.FOUND);
		assertThat(quarterFour("GNBV", 2024)).isEqualByComparingTo("600000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseAClosedQuarter() throws IOException {
		assertThat(upload(2024, 1,
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 1, "", "", "" })))
			.hasStatusOk()
			.bodyText()
			.contains("Quý 1 năm 2024 đã khóa sổ");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "comma", "semicolon", "comma with BOM", "semicolon with BOM" })
	@WithUserDetails("editor")
	void shouldImportACsvFileWithCommasOrSemicolonsWithOrWithoutABom(String variant) {
		char separator = variant.startsWith("semicolon") ? ';' : ',';
		String header = String.join(String.valueOf(separator), "org_unit", "program", "component", "capital_type",
				"funding_source", "origin_year", "amount_million", "advance_million", "recovered_million", "note");
		String amount = (separator == ';') ? "31,7" : "\"31,7\"";
		String text = header + "\r\n" + String.join(String.valueOf(separator), "HUA_BUM", "NTM", "ND03", "RECURRENT",
				"", "2024", amount, "", "", "\"Ghi chú, có dấu phẩy\"") + "\r\n";
		byte[] csv = text.getBytes(StandardCharsets.UTF_8);
		if (variant.endsWith("BOM")) {
			byte[] withBom = new byte[csv.length + 3];
			withBom[0] = (byte) 0xEF;
			withBom[1] = (byte) 0xBB;
			withBom[2] = (byte) 0xBF;
			System.arraycopy(csv, 0, withBom, 3, csv.length);
			csv = withBom;
		}
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.csv", "text/csv", csv);

		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=4", file))
			.hasStatus(HttpStatus.FOUND);
		assertThat(quarterFour("NTM", 2024)).isEqualByComparingTo("31700000");
		assertThat(this.jdbc
			.sql("""
					select d.note from disbursement d join plan_line l on l.id = d.plan_line_id
					join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
					where u.code = 'HUA_BUM' and p.code = 'NTM' and l.plan_year = 2024 and l.origin_year = 2024 and d.quarter = 4
					""")
			.query(String.class)
			.single()).isEqualTo("Ghi chú, có dấu phẩy");
	}

	@Test
	@WithUserDetails("editor")
	void shouldReadAFormulaInACsvAsTextAndRefuseIt() {
		String text = "org_unit,program,component,capital_type,origin_year,amount_million\r\n"
				+ "HUA_BUM,NTM,ND03,RECURRENT,2024,=1+2\r\n";
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.csv", "text/csv",
				text.getBytes(StandardCharsets.UTF_8));
		BigDecimal before = quarterFour("NTM", 2024);

		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=4").multipart().file(file).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Chưa nhập gì: có 1 lỗi cần sửa", "Số tiền (triệu đồng)");
		assertThat(quarterFour("NTM", 2024)).isEqualTo(before);
	}

	/**
	 * The finding: a formula that a script wrote without its result was read as 0 and
	 * overwrote 6,000,000 đồng.
	 */
	@Test
	@WithUserDetails("editor")
	void shouldRefuseAFormulaWithoutAStoredResultAtItsCellAndOverwriteNothing() throws IOException {
		Object[] entry = { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 6, "", "", "" };
		assertThat(upload(2024, 4, sheet(entry))).hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		assertThat(quarterFour("GNBV", 2024)).isEqualByComparingTo("6000000");

		byte[] scripted = withFormula(
				sheet(new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", 2024, 1, "", "", "" }, entry), 2, 6,
				"H3*2", null);

		assertThat(upload(2024, 4, scripted)).hasStatusOk()
			.bodyText()
			.contains("Chưa nhập gì: có 1 lỗi cần sửa")
			.contains("<td class=\"num\">3</td>", "Số tiền (triệu đồng)",
					"Ô G3 chứa công thức «=H3*2» nhưng tệp không lưu kết quả của nó")
			.doesNotContain("Xác nhận nhập");
		this.entityManager.flush();
		assertThat(quarterFour("GNBV", 2024)).as("the figure kept").isEqualByComparingTo("6000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldSayWhichCellAFormulaWithoutAResultIsInInEnglish() throws IOException {
		byte[] sheet = withFormula(
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 3, "", "", "" }), 1, 0,
				"\"HUA\"&\"_BUM\"", null);

		assertThat(this.mvc.post()
			.uri("/imports?year=2024&quarter=4&lang=en")
			.multipart()
			.file(new MockMultipartFile("file", "giai-ngan.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet))
			.with(csrf())).hasStatusOk()
			.bodyText()
			.contains("<td class=\"num\">2</td>", "Unit code",
					"Cell A2 holds the formula «=&quot;HUA&quot;&amp;&quot;_BUM&quot;» but the file stores no result")
			.as("the empty formula is not also reported as a missing code")
			.doesNotContain("Please fill in this field");
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseAFormulaWhoseStoredResultIsAnError() throws IOException {
		byte[] sheet = withFormula(
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 3, "", "", "" }), 1, 6, "1/0",
				FormulaError.DIV0);

		assertThat(upload(2024, 4, sheet)).hasStatusOk()
			.bodyText()
			.contains("<td class=\"num\">2</td>", "Số tiền (triệu đồng)", "Công thức «=1/0» ở ô G2 cho kết quả lỗi");
		assertThat(quarterFour("GNBV", 2024)).isNull();
	}

	/**
	 * The stored result (6) is not what the formula would compute (4): the import reads
	 * what the spreadsheet program saved and evaluates nothing.
	 */
	@Test
	@WithUserDetails("editor")
	void shouldReadAFormulaByItsStoredResultWithoutComputingIt() throws IOException {
		byte[] sheet = withFormula(
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 3, "", "", "" }), 1, 6, "2+2",
				6);

		assertThat(upload(2024, 4, sheet)).hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		assertThat(quarterFour("GNBV", 2024)).isEqualByComparingTo("6000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldAskForUtf8WhenACsvIsSavedInAnotherEncoding() {
		byte[] latin1 = "org_unit,note\r\nHUA_BUM,Gi\u00e1\r\n".getBytes(StandardCharsets.ISO_8859_1);
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.csv", "text/csv", latin1);

		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=4").multipart().file(file).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Tệp CSV phải được lưu theo bảng mã UTF-8");
	}

	@Test
	@WithUserDetails("editor")
	void shouldPreviewWhatEachRowDoesAndKeepNothingUntilConfirmed() throws IOException {
		BigDecimal before = quarterFour("GNBV", 2024);
		byte[] sheet = sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, 100, "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" });
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
		MvcTestResult preview = this.mvc.post()
			.uri("/imports?year=2024&quarter=4")
			.multipart()
			.file(file)
			.with(csrf())
			.exchange();
		Cookie session = Imports.sessionOf(preview);

		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("Xem trước: chưa có gì được nhập", "giai-ngan.xlsx", "Xác nhận nhập", ">500<", ">30,5<");
		assertThat(quarterFour("GNBV", 2024)).as("nothing kept by the preview").isEqualTo(before);
		assertThat(this.jdbc
			.sql("select count(*) from audit_entry where username = 'editor' and quarter = 4 and year = 2024")
			.query(Long.class)
			.single()).as("no audit row either").isZero();

		assertThat(this.mvc.post()
			.uri("/imports/confirm?year=2024&quarter=4")
			.param("token", "not-the-token")
			.cookie(session)
			.with(csrf())).hasStatusOk().bodyText().contains("Không còn tệp đang chờ xác nhận");
		assertThat(this.mvc.post()
			.uri("/imports/confirm?year=2024&quarter=4")
			.param("token", Imports.tokenOf(preview))
			.cookie(session)
			.with(csrf())).hasStatus(HttpStatus.FOUND);
		assertThat(quarterFour("GNBV", 2024)).isEqualByComparingTo("500000000");
		assertThat(this.mvc.post()
			.uri("/imports/confirm?year=2024&quarter=4")
			.param("token", Imports.tokenOf(preview))
			.cookie(session)
			.with(csrf())).as("imported once only")
			.hasStatusOk()
			.bodyText()
			.contains("Không còn tệp đang chờ xác nhận");
	}

	@Test
	@WithUserDetails("editor")
	void shouldImportNothingWhenThePreviewIsCancelled() throws IOException {
		BigDecimal before = quarterFour("GNBV", 2024);
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 7, "", "", "" }));
		MvcTestResult preview = this.mvc.post()
			.uri("/imports?year=2024&quarter=4")
			.multipart()
			.file(file)
			.with(csrf())
			.exchange();
		Cookie session = Imports.sessionOf(preview);

		assertThat(Imports.tokenOf(preview)).as("the preview offers to import").isNotNull();
		assertThat(this.mvc.post().uri("/imports/cancel?year=2024&quarter=4").cookie(session).with(csrf()))
			.hasStatus(HttpStatus.FOUND);
		assertThat(this.mvc.post()
			.uri("/imports/confirm?year=2024&quarter=4")
			.param("token", Imports.tokenOf(preview))
			.cookie(session)
			.with(csrf())).hasStatusOk().bodyText().contains("Không còn tệp đang chờ xác nhận");
		assertThat(quarterFour("GNBV", 2024)).isEqualTo(before);
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseASheetOfMoreRowsThanTheLimitNamingTheLimit() throws IOException {
		Object[][] rows = new Object[SheetReader.MAX_ROWS + 1][];
		Arrays.fill(rows, new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 1, "", "", "" });
		BigDecimal before = quarterFour("GNBV", 2024);

		assertThat(upload(2024, 4, sheet(rows))).hasStatusOk().bodyText().contains("Tệp có quá 20.000 dòng.");
		assertThat(quarterFour("GNBV", 2024)).as("nothing written").isEqualTo(before);
	}

	@Test
	@WithUserDetails("editor")
	void shouldSayWhenTheFileIsNotASheet() {
		MockMultipartFile file = new MockMultipartFile("file", "bao-cao.pdf", "application/pdf", new byte[] { 1, 2 });

		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=4").multipart().file(file).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Tệp này không phải bảng tính Excel (.xlsx) hay tệp CSV.");
	}

	@Test
	@WithUserDetails("editor")
	void shouldOfferATemplateWithTheUnitsPlanLines() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/imports/template.xlsx?year=2024&quarter=4").exchange();

		assertThat(result).hasStatusOk();
		try (Workbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Số tiền (triệu đồng)");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isIn("Vốn đầu tư phát triển", "Vốn sự nghiệp");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("HUA_BUM");
			assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(3);
		}
	}

	@Test
	@WithUserDetails("viewer")
	void shouldNotLetTheSteeringCommitteeImport() throws IOException {
		assertThat(this.mvc.get().uri("/imports")).hasStatus(HttpStatus.FORBIDDEN);
		assertThat(upload(2024, 4,
				sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 1, "", "", "" })))
			.hasStatus(HttpStatus.FORBIDDEN);
	}

	private MvcTestResult upload(int year, int quarter, byte[] sheet) {
		MockMultipartFile file = new MockMultipartFile("file", "giai-ngan.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
		return Imports.uploadAndConfirm(this.mvc, "/imports?year=" + year + "&quarter=" + quarter, file);
	}

	private BigDecimal quarterFour(String program, int originYear) {
		return this.jdbc.sql("""
				select d.amount_vnd from disbursement d
				join plan_line l on l.id = d.plan_line_id
				join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
				where u.code = 'HUA_BUM' and p.code = ? and l.plan_year = 2024 and l.origin_year = ? and d.quarter = 4
				""").param(program).param(originYear).query(BigDecimal.class).optional().orElse(null);
	}

}
