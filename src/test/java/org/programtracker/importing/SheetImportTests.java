package org.programtracker.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.DemoFiles;
import org.programtracker.support.CsvFiles;
import org.programtracker.support.DisbursementSheets.Formula;
import org.programtracker.support.Imports;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.programtracker.support.DisbursementSheets.sheet;
import static org.programtracker.support.DisbursementSheets.sheetWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Imports of every kind as their users make them: allocation decisions and assignments
 * beside quarterly disbursements, sheets headed in Vietnamese, English or by codes,
 * templates with drop-down lists, formulas, every import a batch of the audit trail, and
 * its undo as a whole.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class SheetImportTests {

	private static final String[] DECISION_HEADERS_EN = { "Unit code", "Program code", "Component code", "Capital type",
			"Funding source", "Year assigned", "Kind of decision", "Decision number", "Decision date",
			"Amount (million VND)", "Note" };

	private static final String[] ASSIGNMENT_HEADERS_VI = { "Mã đơn vị", "Đơn vị giao vốn", "Mã chương trình",
			"Loại vốn", "Nguồn vốn", "Năm giao vốn", "Số quyết định", "Ngày quyết định", "Số tiền (triệu đồng)",
			"Ghi chú" };

	private static final JsonMapper JSON = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SheetImports imports;

	@Autowired
	private PeriodService periods;

	@Autowired
	private Users users;

	@PersistenceContext
	private EntityManager entityManager;

	@Test
	@WithUserDetails("editor")
	void shouldRecordEachRowOfADecisionSheetHeadedInEnglishAsADecisionOfTheBatch() throws IOException {
		byte[] file = sheetWith(DECISION_HEADERS_EN,
				new Object[] { "HUA_BUM", "NTM", "ND03", "Vốn sự nghiệp", "", 2024, "", "IMP-1/QĐ-UBND", "15/11/2024",
						"120,5", "bổ sung" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "Central budget", "", "Điều chỉnh",
						"IMP-2/QĐ-UBND", LocalDate.of(2024, 11, 20), -20, "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "", "IMP-3/QĐ-UBND", "20/11/2024", "",
						"bỏ qua: không có số" });

		MvcTestResult preview = this.mvc.post()
			.uri("/imports?kind=DECISIONS&year=2024")
			.multipart()
			.file(xlsx(file))
			.with(csrf())
			.exchange();
		assertThat(preview).hasStatusOk()
			.bodyText()
			.contains("Nếu xác nhận: 2 quyết định mới sẽ được ghi.", "IMP-1/QĐ-UBND", "15/11/2024", "120,5", "-20");
		assertThat(decisions("IMP-%")).isEmpty();

		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?kind=DECISIONS&year=2024", xlsx(file)))
			.hasStatus(HttpStatus.FOUND);

		assertThat(decisions("IMP-%")).containsExactly("IMP-1/QĐ-UBND ALLOCATION 2024-11-15 120500000",
				"IMP-2/QĐ-UBND ADJUSTMENT 2024-11-20 -20000000");
		long batch = latestBatch();
		assertThat(
				this.jdbc.sql("select count(*) from audit_entry where import_batch_id = ? and subject = 'ALLOCATION'")
					.param(batch)
					.query(Long.class)
					.single())
			.isEqualTo(2);
		assertThat(this.jdbc.sql("select kind || ' ' || year || ' ' || row_count from import_batch where id = ?")
			.param(batch)
			.query(String.class)
			.single()).isEqualTo("DECISIONS 2024 2");
	}

	@Test
	@WithUserDetails("editor")
	void shouldRecordAssignmentsFromASheetHeadedInVietnamese() throws IOException {
		byte[] file = sheetWith(ASSIGNMENT_HEADERS_VI, new Object[] { "HUA_BUM", "NAM_NHUN", "NTM", "Vốn sự nghiệp",
				"Ngân sách địa phương", 2024, "IMP-905/QĐ-UBND", "10/07/2025", -15, "thu hồi" });

		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?kind=ASSIGNMENTS&year=2025", xlsx(file)))
			.hasStatus(HttpStatus.FOUND);

		assertThat(this.jdbc.sql("""
				select u.code || ' ' || f.code || ' ' || a.capital_type || ' ' || a.funding_source || ' '
				       || a.plan_year || ' ' || a.origin_year || ' ' || a.amount_vnd
				from assignment a join org_unit u on u.id = a.org_unit_id join org_unit f on f.id = a.from_unit_id
				where a.decision_number = 'IMP-905/QĐ-UBND'
				""").query(String.class).list())
			.containsExactly("HUA_BUM NAM_NHUN RECURRENT LOCAL 2025 2024 -15000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldOfferADecisionTemplateHeadedInTheUsersLanguageWithDropDownLists() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/imports/template.xlsx?kind=DECISIONS&year=2024&lang=en").exchange();

		assertThat(result).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unit code");
			assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Decision date");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("HUA_BUM");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isIn("Development investment capital",
					"Recurrent capital");
			List<? extends DataValidation> validations = ((XSSFSheet) sheet).getDataValidations();
			assertThat(validations).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
				.contains(0, 1, 2, 3, 4, 6);
			assertThat(validations).filteredOn(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3)
				.singleElement()
				.satisfies(v -> assertThat(v.getValidationConstraint().getExplicitListValues())
					.containsExactly("Development investment capital", "Recurrent capital"));
			assertThat(workbook.isSheetHidden(workbook.getSheetIndex("codes"))).isTrue();
			assertThat(workbook.getName("programs").getRefersToFormula()).startsWith("codes!$B$1:$B$");
		}
		// and the template, filled in, is read back as it is
		byte[] filled;
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
			var row = workbook.getSheetAt(0).getRow(1);
			row.createCell(7).setCellValue("IMP-7/QĐ-UBND");
			row.createCell(8).setCellValue("16/11/2024");
			row.createCell(9).setCellValue(10);
			workbook.write(out);
			filled = out.toByteArray();
		}
		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?kind=DECISIONS&year=2024", xlsx(filled)))
			.hasStatus(HttpStatus.FOUND);
		assertThat(decisions("IMP-7/%")).singleElement().asString().endsWith("2024-11-16 10000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldUndoAnImportAsAWholeBringingEveryFigureBackAndMarkItUndone() throws IOException {
		BigDecimal gnbvBefore = quarterFour("GNBV", "DA1");
		BigDecimal ntmBefore = quarterFour("NTM", "ND03");
		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=4",
				xlsx(sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, 100, "", "" },
						new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" }))))
			.hasStatus(HttpStatus.FOUND);
		long batch = latestBatch();
		assertThat(quarterFour("GNBV", "DA1")).isEqualByComparingTo("500000000");

		assertThat(this.mvc.post().uri("/imports/batches/" + batch + "/undo").param("note", "nhầm tệp").with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		this.entityManager.flush();
		assertThat(quarterFour("GNBV", "DA1")).isEqualTo(gnbvBefore);
		assertThat(quarterFour("NTM", "ND03")).isEqualTo(ntmBefore);
		assertThat(this.jdbc.sql("select count(*) from audit_entry where import_batch_id = ?")
			.param(batch)
			.query(Long.class)
			.single()).as("the import's two changes and the undo's two").isEqualTo(4);
		assertThat(this.mvc.get().uri("/imports?year=2024&quarter=4")).hasStatusOk()
			.bodyText()
			.contains("Đã hoàn tác (editor,");
		assertThat(this.mvc.post().uri("/imports/batches/" + batch + "/undo").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Không hoàn tác được lần nhập số " + batch, "Lần nhập này đã được hoàn tác (editor");
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseToUndoAnImportWhoseFigureWasChangedSinceAndChangeNothing() throws IOException {
		Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=4",
				xlsx(sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, "", "", "" },
						new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" })));
		long first = latestBatch();
		Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=4",
				xlsx(sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 400, "", "", "" })));

		assertThat(this.mvc.post().uri("/imports/batches/" + first + "/undo").with(csrf())).hasStatusOk()
			.bodyText()
			.contains("Không hoàn tác được lần nhập số " + first,
					"Số liệu HUA_BUM · GNBV › DA1 · Q4/2024 đã được sửa sau lần nhập");

		this.entityManager.flush();
		assertThat(quarterFour("GNBV", "DA1")).isEqualByComparingTo("400000000");
		assertThat(quarterFour("NTM", "ND03")).isEqualByComparingTo("30500000");
		assertThat(this.jdbc.sql("select undone_at is null from import_batch where id = ?")
			.param(first)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void shouldRefuseToUndoAnImportOnceItsQuarterIsClosed() throws IOException {
		this.imports.importSheet(this.users.editor(), new ImportRequest(ImportKind.DISBURSEMENTS, 2024, 4, null),
				"q4.xlsx",
				new ByteArrayInputStream(
						sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, "", "", "" })),
				Locale.forLanguageTag("vi"));
		long batch = latestBatch();
		this.periods.close(this.users.admin(), new Quarter(2024, 4));

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.imports.undo(this.users.editor(), batch, null))
			.satisfies(ex -> assertThat(ex.getProblems()).extracting(ImportProblem::messageKey)
				.containsOnly("period.closed"));
		assertThat(quarterFour("GNBV", "DA1")).isEqualByComparingTo("500000000");
	}

	@Test
	@WithUserDetails("editor")
	void shouldUndoADecisionImportByDeletingItsDecisions() throws IOException {
		Imports.uploadAndConfirm(this.mvc, "/imports?kind=DECISIONS&year=2024",
				xlsx(sheetWith(DECISION_HEADERS_EN, new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "",
						"IMP-9/QĐ-UBND", "15/11/2024", 80, "" })));
		assertThat(decisions("IMP-9/%")).hasSize(1);

		assertThat(this.mvc.post().uri("/imports/batches/" + latestBatch() + "/undo").with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		assertThat(decisions("IMP-9/%")).isEmpty();
		assertThat(this.jdbc.sql(
				"select count(*) from audit_entry where subject = 'ALLOCATION' and action = 'DELETE' and import_batch_id = ?")
			.param(latestBatch())
			.query(Long.class)
			.single()).isOne();
	}

	@Test
	@WithUserDetails("editor")
	void shouldRefuseAFormulaWithoutASavedResultNamingItsCellAndReadOneWithItsResult() throws IOException {
		byte[] file = sheet(
				new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, new Formula("2*3", null), "", "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", new Formula("10+2", 12.0), "", "", "" });

		assertThat(this.mvc.post().uri("/imports?year=2024&quarter=4").multipart().file(xlsx(file)).with(csrf()))
			.hasStatusOk()
			.bodyText()
			.contains("Chưa nhập gì: có 1 lỗi cần sửa", "<td class=\"num\">2</td>",
					"Ô G2 chứa công thức «=2*3» nhưng tệp không lưu kết quả của nó");

		byte[] cached = sheet(
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", new Formula("10+2", 12.0), "", "", "" });
		assertThat(Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=4", xlsx(cached)))
			.hasStatus(HttpStatus.FOUND);
		this.entityManager.flush();
		assertThat(quarterFour("NTM", "ND03")).isEqualByComparingTo("12000000");
	}

	/**
	 * The preview writes no entry: what each row would do is worked out from the stored
	 * entries. The import of the same sheet then does exactly that, row by row, down to a
	 * line named twice (the last row is what it keeps, over the stored entry) and an
	 * entry left unchanged; and the database holds what the last rows said.
	 */
	@Test
	void shouldPreviewEveryRowAsTheImportThenWritesIt() throws IOException {
		ImportRequest request = new ImportRequest(ImportKind.DISBURSEMENTS, 2024, 4, null);
		byte[] first = sheet(new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" });
		this.imports.importSheet(this.users.editor(), request, "first.xlsx", new ByteArrayInputStream(first),
				Locale.forLanguageTag("vi"));
		BigDecimal stored = quarterFour("GNBV", "DA1");
		byte[] file = sheet(new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 500, 100, "", "" },
				new Object[] { "HUA_BUM", "NTM", "ND03", "RECURRENT", "", "", "30,5", "", "", "" },
				new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, 450, "", "", "" });

		ImportOutcome preview = this.imports.preview(this.users.editor(), request, new ByteArrayInputStream(file),
				Locale.forLanguageTag("vi"));
		assertThat(quarterFour("GNBV", "DA1")).as("nothing written by the preview").isEqualTo(stored);
		ImportOutcome imported = this.imports.importSheet(this.users.editor(), request, "second.xlsx",
				new ByteArrayInputStream(file), Locale.forLanguageTag("vi"));

		assertThat(preview.dryRun()).isTrue();
		assertThat(imported.dryRun()).isFalse();
		assertThat(preview.rows()).isEqualTo(imported.rows());
		assertThat(imported.rows()).extracting(ImportOutcome.RowOutcome::action)
			.containsExactly((stored == null) ? ImportOutcome.Action.CREATE : ImportOutcome.Action.CHANGE,
					ImportOutcome.Action.SAME, ImportOutcome.Action.CHANGE);
		assertThat(imported.rows().get(2).afterVnd()).isEqualByComparingTo("450000000");
		this.entityManager.clear();
		assertThat(quarterFour("GNBV", "DA1")).isEqualByComparingTo("450000000");
		assertThat(quarterFour("NTM", "ND03")).isEqualByComparingTo("30500000");
	}

	/**
	 * Outside the test's transaction, so that the import's own rollback is what is seen.
	 */
	@Test
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void shouldWriteNothingWhenOneRowOfTenThousandIsBadAndNameThatRow() throws IOException {
		BigDecimal before = quarterFour("GNBV", "DA1");
		Object[][] rows = new Object[10_000][];
		for (int i = 0; i < rows.length; i++) {
			// amounts of a few thousand đồng, within the line's plan: every row is
			// written
			rows[i] = new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, "0," + (100 + i % 900), "", "",
					"" };
		}
		rows[7_776] = new Object[] { "HUA_BUM", "GNBV", "DA1", "INVESTMENT", "", 2024, "12,34,5", "", "", "" };
		byte[] file = sheet(rows);

		assertThatExceptionOfType(ImportRejectedException.class)
			.isThrownBy(() -> this.imports.importSheet(this.users.editor(),
					new ImportRequest(ImportKind.DISBURSEMENTS, 2024, 4, null), "big.xlsx",
					new ByteArrayInputStream(file), Locale.forLanguageTag("vi")))
			.satisfies(ex -> assertThat(ex.getProblems()).singleElement()
				.satisfies(problem -> assertThat(problem.row() + " " + problem.column())
					.isEqualTo("7778 amount_million")));
		this.entityManager.clear();
		assertThat(quarterFour("GNBV", "DA1")).isEqualTo(before);
		assertThat(this.jdbc.sql("select count(*) from import_batch where file_name = 'big.xlsx'")
			.query(Long.class)
			.single()).isZero();
	}

	/**
	 * The seed district's 2024 figures wiped, then its decisions of the first quarter and
	 * its first quarter's entries imported from the demo files as CSV: the first
	 * quarter's report is the seed report's six lines again, and the carried-over capital
	 * as it was.
	 */
	@Test
	@WithUserDetails("admin")
	void shouldRebuildTheSeedReportFromTheSeedDistrictsDecisionsAndEntriesImportedIntoAnEmptyYear() throws Exception {
		String carriedBefore = carriedOver(progress());
		this.periods.reopen(this.users.admin(), new Quarter(2024, 1), "nhập lại từ tệp");
		this.periods.reopen(this.users.admin(), new Quarter(2023, 4), "nhập lại từ tệp");
		this.jdbc.sql("delete from quarter_program_approval where year = 2024").update();
		this.jdbc.sql("delete from quarter_submission where year = 2024").update();
		this.jdbc.sql("delete from reporting_period_unit where year = 2024").update();
		this.jdbc
			.sql("delete from disbursement where plan_line_id in (select id from plan_line where plan_year = 2024)")
			.update();
		this.jdbc.sql("delete from allocation where plan_line_id in (select id from plan_line where plan_year = 2024)")
			.update();
		this.entityManager.clear();
		assertThat(rows(progress())).allMatch(row -> row.endsWith("NOT_ALLOCATED"));

		StringBuilder decisions = new StringBuilder(
				"org_unit;program;component;capital_type;origin_year;kind;decision_number;decision_date;amount_million;note\r\n");
		for (Map<String, String> row : DemoFiles.read("allocations.csv")) {
			if (row.get("plan_year").equals("2024") && !LocalDate.parse(row.get("decision_date")).isAfter(Q1_END)) {
				decisions.append(String.join(";", row.get("org_unit"), row.get("program"), row.get("component"),
						row.get("capital_type"), row.get("origin_year"), row.get("kind"), row.get("decision_number"),
						row.get("decision_date"), quoted(row.get("amount_million")),
						"\"" + row.get("note").replace("\"", "\"\"") + "\""))
					.append("\r\n");
			}
		}
		StringBuilder entries = new StringBuilder(
				"org_unit,program,component,capital_type,origin_year,amount_million,advance_million,recovered_million\r\n");
		for (Map<String, String> row : DemoFiles.read("disbursements.csv")) {
			if (row.get("plan_year").equals("2024") && row.get("quarter").equals("1")) {
				entries.append(String.join(",", row.get("org_unit"), row.get("program"), row.get("component"),
						row.get("capital_type"), row.get("origin_year"), quoted(row.get("amount_million")),
						quoted(row.get("advance_million")), quoted(row.get("recovered_million"))))
					.append("\r\n");
			}
		}

		assertKept(Imports.uploadAndConfirm(this.mvc, "/imports?kind=DECISIONS&year=2024",
				csv("quyet-dinh-2024.csv", decisions.toString())));
		assertKept(Imports.uploadAndConfirm(this.mvc, "/imports?year=2024&quarter=1",
				csv("giai-ngan-q1-2024.csv", entries.toString())));

		this.entityManager.flush();
		Map<String, Object> rebuilt = progress();
		List<String> seed = new ArrayList<>();
		for (Map<String, String> line : CsvFiles.read(getClass().getResourceAsStream("/seed-report-2024-q1.csv"))) {
			seed.add(line.get("program_code") + " " + line.get("capital_type") + " "
					+ (line.get("plan_million_vnd").isEmpty() ? "0 0"
							: line.get("plan_million_vnd") + " " + line.get("disbursed_million_vnd"))
					+ " " + line.get("status"));
		}
		assertThat(rows(rebuilt)).containsExactlyElementsOf(seed);
		assertThat(carriedOver(rebuilt)).isEqualTo(carriedBefore);
	}

	/**
	 * That the import was kept (the confirmation redirects), or what the page said.
	 */
	private static void assertKept(MvcTestResult result) throws Exception {
		String page = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(result.getResponse().getStatus())
			.as(() -> page.replaceAll("(?s).*<table class=\"figures problems\">", "")
				.replaceAll("<[^>]+>", " ")
				.replaceAll("\\s+", " "))
			.isEqualTo(302);
	}

	private static final LocalDate Q1_END = LocalDate.of(2024, 3, 31);

	/**
	 * An amount of the demo files (1234.5 million) as a Vietnamese accountant writes it
	 * in a CSV cell: a decimal comma, and three decimals written as four, as 129,875
	 * would read as thousands.
	 */
	private static String quoted(String amount) {
		if (amount == null || amount.isEmpty()) {
			return "";
		}
		String decimals = amount.contains(".") ? amount.substring(amount.indexOf('.') + 1) : "";
		return "\"" + amount.replace('.', ',') + ((decimals.length() == 3) ? "0" : "") + "\"";
	}

	private static MockMultipartFile csv(String name, String text) {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] file = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, file, 0, bom.length);
		System.arraycopy(body, 0, file, bom.length, body.length);
		return new MockMultipartFile("file", name, "text/csv", file);
	}

	private Map<String, Object> progress() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/progress?year=2024&quarter=1&orgUnit=NAM_NHUN").exchange();
		assertThat(result).hasStatusOk();
		return JSON.readValue(result.getResponse().getContentAsString(), new TypeReference<Map<String, Object>>() {
		});
	}

	@SuppressWarnings("unchecked")
	private static List<String> rows(Map<String, Object> progress) {
		return ((List<Map<String, Object>>) progress.get("rows")).stream()
			.map(row -> row.get("program") + " " + row.get("capitalType") + " " + millions(row.get("planVnd")) + " "
					+ millions(row.get("disbursedVnd")) + " " + row.get("status"))
			.toList();
	}

	private static String carriedOver(Map<String, Object> progress) {
		return String.valueOf(progress.get("carriedOver"));
	}

	private static String millions(Object vnd) {
		return new BigDecimal(vnd.toString()).movePointLeft(6).stripTrailingZeros().toPlainString();
	}

	private static MockMultipartFile xlsx(byte[] sheet) {
		return new MockMultipartFile("file", "nhap.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
	}

	private List<String> decisions(String numberPattern) {
		return this.jdbc.sql("""
				select a.decision_number || ' ' || a.kind || ' ' || a.decision_date || ' ' || a.amount_vnd
				from allocation a where a.decision_number like ? order by a.decision_number
				""").param(numberPattern).query(String.class).list();
	}

	private long latestBatch() {
		return this.jdbc.sql("select max(id) from import_batch").query(Long.class).single();
	}

	private BigDecimal quarterFour(String program, String component) {
		return this.jdbc.sql("""
				select d.amount_vnd from disbursement d
				join plan_line l on l.id = d.plan_line_id
				join org_unit u on u.id = l.org_unit_id join program p on p.id = l.program_id
				join program_component c on c.id = l.component_id
				where u.code = 'HUA_BUM' and p.code = ? and c.code = ? and l.plan_year = 2024 and l.origin_year = 2024
				  and d.quarter = 4
				""").param(program).param(component).query(BigDecimal.class).optional().orElse(null);
	}

}
