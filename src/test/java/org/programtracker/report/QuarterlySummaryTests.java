package org.programtracker.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.programtracker.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo district's summary of the first quarter of 2024, as the steering committee
 * prints it.
 */
@IntegrationTest
@AutoConfigureMockMvc
@WithUserDetails("viewer")
class QuarterlySummaryTests {

	private static final String[] SEED_SENTENCES = {
			"Kế hoạch vốn đầu tư phát triển được giao 3.150 triệu đồng, đã phân bổ chi tiết 2.487 triệu đồng; giải ngân 780 triệu đồng, đạt 31,4% kế hoạch phân bổ chi tiết và 24,8% kế hoạch được giao",
			"Kế hoạch vốn sự nghiệp được giao 1.380 triệu đồng, đã phân bổ chi tiết 1.282 triệu đồng; chưa giải ngân",
			"Kế hoạch vốn đầu tư phát triển được giao 51.200 triệu đồng, đã phân bổ chi tiết 49.416 triệu đồng; giải ngân 13.704 triệu đồng, đạt 27,7% kế hoạch phân bổ chi tiết và 26,8% kế hoạch được giao",
			"Vốn sự nghiệp: chưa giao vốn",
			"Kế hoạch vốn đầu tư phát triển được giao 95.000 triệu đồng, đã phân bổ chi tiết 92.711 triệu đồng; giải ngân 38.111 triệu đồng, đạt 41,1% kế hoạch phân bổ chi tiết và 40,1% kế hoạch được giao" };

	@Autowired
	private MockMvcTester mvc;

	@Test
	void shouldReadLikeTheSeedReport() {
		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=1")).hasStatusOk()
			.bodyText()
			.contains(SEED_SENTENCES)
			.contains("UBND HUYỆN NẬM NHÙN", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập - Tự do - Hạnh phúc")
			.contains("Nậm Nhùn, ngày 05 tháng 4 năm 2024", "Số:      /BC-BCĐ", "TRƯỞNG BAN")
			.contains("Kết quả thực hiện các chương trình quý I năm 2024, nhiệm vụ trọng tâm quý II năm 2024")
			.contains("Khó khăn, vướng mắc", "Nhiệm vụ trọng tâm quý tới", "Bộ tiêu chí xã nông thôn mới")
			.contains("Đôn đốc nhà thầu", "30/04/2024", "Các chủ đầu tư")
			.contains("Quý đã khóa sổ ngày 05/04/2024")
			.doesNotContain("Số liệu tạm thời");
	}

	@Test
	void shouldMarkTheSummaryOfAnOpenQuarterProvisional() {
		assertThat(this.mvc.get().uri("/reports/summary?year=2024&quarter=2")).hasStatusOk()
			.bodyText()
			.contains("Số liệu tạm thời: quý chưa khóa sổ")
			.doesNotContain("Quý đã khóa sổ");
	}

	@Test
	void shouldFlagThePrintedPercentThatDisagreesWithItsOwnAmounts() throws IOException {
		String page = this.mvc.get()
			.uri("/reports/summary?year=2024&quarter=1")
			.exchange()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		String checks = page.substring(page.indexOf("Đối chiếu số liệu báo cáo đã in"),
				page.indexOf("</table>", page.indexOf("Đối chiếu số liệu báo cáo đã in")));
		assertThat(checks.split("class=\"mismatch\"")).hasSize(2);
		String mismatch = checks.substring(checks.indexOf("class=\"mismatch\""));
		assertThat(mismatch).contains("DTTS", "39,7%", "41,1%", "tỷ lệ in không khớp số liệu");
		assertThat(checks.split("class=\"agrees\"")).hasSize(6);
	}

	@Test
	void shouldPrintTheSeedSentencesIntoAPdfWithTheirDiacritics() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/reports/summary.pdf?year=2024&quarter=1").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(SEED_SENTENCES)
				.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO", "Nậm Nhùn, ngày 05 tháng 4 năm 2024");
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
		}
	}

	@Test
	void shouldExportTheTableAsRealNumbersAndTheNarrativeOnASecondSheet() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/reports/summary.xlsx?year=2024&quarter=1").exchange();

		assertThat(result).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet progress = workbook.getSheetAt(0);
			Row ntmInvestment = rowStartingWith(progress, "NTM ");
			assertThat(ntmInvestment.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(ntmInvestment.getCell(3).getNumericCellValue()).isEqualTo(2487.0);
			assertThat(ntmInvestment.getCell(5).getNumericCellValue()).isEqualTo(780.0);
			assertThat(ntmInvestment.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(ntmInvestment.getCell(6).getNumericCellValue()).isEqualTo(0.314);
			assertThat(ntmInvestment.getCell(6).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
			assertThat(ntmInvestment.getCell(3).getCellStyle().getDataFormatString())
				.as("the seed report's amounts are whole millions")
				.isEqualTo("#,##0");
			assertThat(ntmInvestment.getCell(8).getStringCellValue()).isEqualTo("đang giải ngân");
			// The demo district's capital is all of the central budget: its total is the
			// grand total.
			assertThat(rowStartingWith(progress, "Cộng Ngân sách trung ương").getCell(5).getNumericCellValue())
				.isEqualTo(rowStartingWith(progress, "Tổng cộng").getCell(5).getNumericCellValue())
				.isEqualTo(52595.0);
			assertThat(rowStartingWith(progress, "Cộng Ngân sách địa phương").getCell(3).getNumericCellValue())
				.isZero();
			Sheet narrative = workbook.getSheetAt(1);
			assertThat(narrative.getRow(1).getCell(0).getStringCellValue()).isEqualTo(SEED_SENTENCES[0]);
		}
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

}
