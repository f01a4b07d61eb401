package org.programtracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressRow;
import org.programtracker.report.QuarterlySummary.SourceSplit;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The summary's spreadsheet, opened as the province opens it: a title block, header rows,
 * real numbers with number formats on every line, subtotals and totals as formulas over
 * the lines above whose results are the service's figures, frozen headers and an A4 print
 * setup that repeats them and fits the width; the narrative and directives on a second
 * sheet.
 */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("viewer")
class SummaryXlsxTests {

	private static final Quarter SEED = new Quarter(2024, 1);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private QuarterlySummaryService summaries;

	@Autowired
	private Users users;

	@Autowired
	private SummaryXlsx xlsx;

	@Test
	void shouldHeadTheTableWithTheIssuingBodyTheUnitThePeriodAndTheDateTheFiguresStandAt() throws IOException {
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2024&quarter=1")) {
			Sheet sheet = workbook.getSheetAt(0);

			assertThat(sheet.getSheetName()).isEqualTo("Tiến độ giải ngân");
			assertThat(texts(sheet, 0, 10)).contains("UBND HUYỆN NẬM NHÙN", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH MTQG",
					"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"TIẾN ĐỘ GIẢI NGÂN VỐN CÁC CHƯƠNG TRÌNH QUÝ I NĂM 2024", "Đơn vị: Huyện Nậm Nhùn",
					"Kỳ báo cáo: quý I năm 2024 (từ 01/01/2024 đến 31/03/2024)", "Số liệu tính đến ngày 31/03/2024",
					"Quý đã khóa sổ ngày 05/04/2024: số liệu chính thức", "Đơn vị tính: triệu đồng");
			int header = headerRow(sheet);
			assertThat(texts(sheet, header, header + 2)).containsSubsequence("Chương trình", "Loại vốn",
					"Vốn được giao", "Kế hoạch phân bổ chi tiết", "Chưa phân bổ chi tiết", "Giải ngân",
					"Tỷ lệ giải ngân (%)", "Tình trạng", "so với kế hoạch", "so với vốn giao");
			assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(header, header, 6, 7),
					new CellRangeAddress(header, header + 1, 0, 0));
			assertThat(sheet.getRow(header).getCell(3).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
		}
	}

	@Test
	void shouldWriteEveryLineAsTheServiceComputedItInNumbersWithTheirFormats() throws IOException {
		QuarterlySummary summary = summary(SEED);
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2024&quarter=1")) {
			Sheet sheet = workbook.getSheetAt(0);
			List<ProgressRow> expected = new ArrayList<>(summary.progress().rows());
			expected.addAll(summary.progress().carriedOver());

			List<Row> lines = lines(sheet);
			assertThat(lines).hasSize(expected.size() + 4);
			for (int i = 0; i < expected.size(); i++) {
				Row line = lines.get(i);
				ProgressRow row = expected.get(i);
				assertThat(line.getCell(0).getStringCellValue()).startsWith(row.code() + " ");
				assertThat(line.getCell(1).getStringCellValue()).isEqualTo(capitalType(row.capitalType()));
				for (int c = 2; c <= 7; c++) {
					assertThat(line.getCell(c).getCellType()).as("column %d of %s", c, row)
						.isIn(CellType.NUMERIC, CellType.BLANK);
					assertThat(line.getCell(c).getCellStyle().getDataFormatString())
						.isEqualTo((c < 6) ? "#,##0" : "0.0%");
					assertThat(line.getCell(c).getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
				}
				assertFigures(line, row.figures(), null);
			}
			// the split by budget: every line, both budgets
			assertThat(lines.subList(expected.size(), lines.size()))
				.extracting(line -> line.getCell(0).getStringCellValue())
				.containsExactly("Ngân sách trung ương", "Ngân sách trung ương", "Ngân sách địa phương",
						"Ngân sách địa phương");
		}
	}

	@Test
	void shouldFormatEveryAmountWithTheDecimalsOfTheSummarysTables() throws IOException {
		byte[] bytes = this.xlsx.render(SyntheticSummaries.mixedPrecision(), Locale.forLanguageTag("vi"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			List<Row> lines = lines(workbook.getSheetAt(0));

			assertThat(lines).hasSizeGreaterThan(4);
			for (Row line : lines) {
				assertThat(line.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
				assertThat(line.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.000");
				assertThat(line.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			}
			assertThat(rowStartingWith(workbook.getSheetAt(0), "Tổng cộng").getCell(2)
				.getCellStyle()
				.getDataFormatString()).isEqualTo("#,##0.000");
			assertThat(lines.get(0).getCell(2).getNumericCellValue()).isEqualTo(2382.5);
		}
	}

	@Test
	void shouldAddUpSubtotalsAndTotalsByFormulasWhoseResultsAreTheServicesFigures() throws IOException {
		QuarterlySummary summary = summary(SEED);
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2024&quarter=1")) {
			Sheet sheet = workbook.getSheetAt(0);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();

			for (List<ProgressRow> group : summary.progress().rowsByItem()) {
				Row subtotal = rowStartingWith(sheet, "Cộng " + group.get(0).code());
				Row first = rowStartingWith(sheet, group.get(0).code() + " ");
				assertThat(subtotal.getCell(3).getCellType()).isEqualTo(CellType.FORMULA);
				assertThat(subtotal.getCell(3).getCellFormula())
					.isEqualTo("SUM(D%d:D%d)".formatted(first.getRowNum() + 1, first.getRowNum() + group.size()));
				assertFigures(subtotal, summary.subtotal(group), evaluator);
			}
			Map<CapitalType, Figures> totals = summary.progress().totalsByCapitalType();
			assertFigures(rowStartingWith(sheet, "Cộng vốn đầu tư phát triển"), totals.get(CapitalType.INVESTMENT),
					evaluator);
			assertFigures(rowStartingWith(sheet, "Cộng vốn sự nghiệp"), totals.get(CapitalType.RECURRENT), evaluator);
			Row total = rowStartingWith(sheet, "Tổng cộng");
			assertThat(total.getCell(5).getCellFormula()).matches("F\\d+\\+F\\d+");
			assertFigures(total, summary.progress().total(), evaluator);
			assertThat(evaluator.evaluate(total.getCell(5)).getNumberValue()).isEqualTo(52595.0);
			assertFigures(rowStartingWith(sheet, "Cộng vốn kéo dài"), summary.progress().carriedOverTotal(), evaluator);
			for (SourceSplit split : summary.bySource()) {
				String source = (split.source().name().equals("CENTRAL")) ? "Ngân sách trung ương"
						: "Ngân sách địa phương";
				assertFigures(rowStartingWith(sheet, "Cộng " + source), split.total(), evaluator);
			}
			// the status is the service's, from the summed amounts
			assertThat(total.getCell(8).getStringCellValue()).isEqualTo("đang giải ngân");
		}
	}

	@Test
	void shouldFreezeTheHeadersAndPrintOnA4RepeatingThemAndFittingTheWidth() throws IOException {
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2024&quarter=1")) {
			Sheet sheet = workbook.getSheetAt(0);
			int header = headerRow(sheet);

			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 2));
			assertThat(sheet.getRepeatingRows()).isEqualTo(new CellRangeAddress(header, header + 1, -1, -1));
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).as("nine columns with the assigned base").isTrue();
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isZero();
			assertThat(sheet.getMargin(Sheet.TopMargin)).isCloseTo(20 / 25.4, offset(0.001));
			Sheet narrative = workbook.getSheetAt(1);
			assertThat(narrative.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(narrative.getPrintSetup().getLandscape()).isFalse();
			assertThat(narrative.getFitToPage()).isTrue();
		}
	}

	@Test
	void shouldLeaveTheAssignedColumnsOutOfAYearWithoutAssignments() throws IOException {
		QuarterlySummary summary = summary(new Quarter(2023, 4));
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2023&quarter=4")) {
			Sheet sheet = workbook.getSheetAt(0);
			int header = headerRow(sheet);
			FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();

			assertThat(texts(sheet, header, header + 2)).containsExactly("Chương trình", "Loại vốn", "Kế hoạch vốn",
					"Giải ngân", "Tỷ lệ giải ngân (%)", "Tình trạng");
			Row total = rowStartingWith(sheet, "Tổng cộng");
			assertThat(evaluator.evaluate(total.getCell(2)).getNumberValue())
				.isEqualTo(millions(summary.progress().total().planVnd()));
			assertThat(evaluator.evaluate(total.getCell(3)).getNumberValue())
				.isEqualTo(millions(summary.progress().total().disbursedVnd()));
			assertThat(evaluator.evaluate(total.getCell(4)).getNumberValue())
				.isEqualTo(fraction(summary.progress().total().percentOfPlan()));
			assertThat(sheet.getPrintSetup().getLandscape()).isFalse();
		}
	}

	@Test
	void shouldPutTheNarrativeAndTheDirectivesWithRealDatesOnTheSecondSheet() throws IOException {
		try (XSSFWorkbook workbook = workbook("/reports/summary.xlsx?year=2024&quarter=1")) {
			Sheet narrative = workbook.getSheetAt(1);

			assertThat(narrative.getSheetName()).isEqualTo("Thuyết minh");
			assertThat(texts(narrative, 0, narrative.getLastRowNum() + 1)).contains("Khó khăn, vướng mắc",
					"Nhiệm vụ trọng tâm quý tới", "Kết luận chỉ đạo", "Nội dung", "Đơn vị chủ trì", "Thời hạn");
			Row directive = rowStartingWith(narrative, "Đôn đốc nhà thầu");
			Cell deadline = directive.getCell(2);
			assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
			assertThat(deadline.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 4, 30));
			assertThat(narrative.getHeader().getCenter()).isEqualTo("Huyện Nậm Nhùn: thuyết minh quý I năm 2024");
		}
	}

	/**
	 * The amounts of a line (its values, or the results of its formulas) are the figures'
	 * in millions, and its percents theirs as fractions.
	 */
	private static void assertFigures(Row line, Figures figures, FormulaEvaluator evaluator) {
		BigDecimal[] amounts = { figures.assignedVnd(), figures.planVnd(), figures.notAllocatedInDetailVnd(),
				figures.disbursedVnd() };
		for (int c = 0; c < amounts.length; c++) {
			assertThat(number(line.getCell(c + 2), evaluator)).as("%s column %d", line.getCell(0), c + 2)
				.isCloseTo(millions(amounts[c]), offset(1e-9));
		}
		assertPercent(line.getCell(6), figures.percentOfPlan(), evaluator);
		assertPercent(line.getCell(7), figures.percentOfAssigned(), evaluator);
	}

	private static void assertPercent(Cell cell, PercentOfPlan percent, FormulaEvaluator evaluator) {
		if (percent.value() == null) {
			assertThat((evaluator == null) ? cell.getCellType() : evaluator.evaluate(cell).getCellType())
				.isIn(CellType.BLANK, CellType.STRING);
			return;
		}
		assertThat(number(cell, evaluator)).isCloseTo(fraction(percent), offset(1e-12));
	}

	private static double number(Cell cell, FormulaEvaluator evaluator) {
		if (evaluator == null) {
			assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
			return cell.getNumericCellValue();
		}
		assertThat(cell.getCellType()).as("a formula").isEqualTo(CellType.FORMULA);
		CellValue value = evaluator.evaluate(cell);
		assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
		// the result stored in the file is the one the formula gives
		assertThat(cell.getNumericCellValue()).isEqualTo(value.getNumberValue());
		return value.getNumberValue();
	}

	private static double fraction(PercentOfPlan percent) {
		return percent.value().movePointLeft(2).doubleValue();
	}

	private static double millions(BigDecimal vnd) {
		return vnd.divide(Money.VND_PER_MILLION).doubleValue();
	}

	private static String capitalType(CapitalType type) {
		return (type == CapitalType.INVESTMENT) ? "Vốn đầu tư phát triển" : "Vốn sự nghiệp";
	}

	/**
	 * The table's lines: rows whose second cell names a capital type.
	 */
	private static List<Row> lines(Sheet sheet) {
		List<Row> lines = new ArrayList<>();
		for (Row row : sheet) {
			Cell type = row.getCell(1);
			if (type != null && type.getCellType() == CellType.STRING
					&& (type.getStringCellValue().equals("Vốn đầu tư phát triển")
							|| type.getStringCellValue().equals("Vốn sự nghiệp"))) {
				lines.add(row);
			}
		}
		return lines;
	}

	private static int headerRow(Sheet sheet) {
		return rowStartingWith(sheet, "Chương trình").getRowNum();
	}

	private static List<String> texts(Sheet sheet, int fromRow, int toRow) {
		List<String> texts = new ArrayList<>();
		for (int r = fromRow; r < toRow; r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
					texts.add(cell.getStringCellValue());
				}
			}
		}
		return texts;
	}

	private static Row rowStartingWith(Sheet sheet, String prefix) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
					&& row.getCell(0).getStringCellValue().startsWith(prefix)) {
				return row;
			}
		}
		throw new AssertionError("No row starts with " + prefix);
	}

	private QuarterlySummary summary(Quarter quarter) {
		Locale vietnamese = Locale.forLanguageTag("vi");
		LocaleContextHolder.setLocale(vietnamese);
		try {
			return this.summaries.summary(this.users.viewer(), null, quarter, vietnamese);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private XSSFWorkbook workbook(String uri) throws IOException {
		byte[] bytes = this.mvc.get().uri(uri).exchange().getResponse().getContentAsByteArray();
		return new XSSFWorkbook(new ByteArrayInputStream(bytes));
	}

}
