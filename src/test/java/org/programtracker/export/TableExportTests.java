package org.programtracker.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.programtracker.allocation.DecisionRegister;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Every list leaves as XLSX and CSV with the page's filters and the caller's scope, its
 * amounts exact in đồng, and nothing a spreadsheet would run as a formula.
 */
@IntegrationTest
@AutoConfigureMockMvc
@Transactional
class TableExportTests {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private DecisionRegister register;

	@Autowired
	private Users users;

	@Autowired
	private JdbcClient jdbc;

	@Test
	@WithUserDetails("editor")
	void shouldExportTheDecisionRegisterWithItsFiltersAsCsvWithABomAndWholeDong() {
		MvcTestResult result = this.mvc.get().uri("/allocations?year=2024&sort=number&dir=asc&format=csv").exchange();

		assertThat(result).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment")
			.contains("quyet-dinh-von-", ".csv");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
		List<String> lines = lines(body);
		assertThat(lines.get(0)).isEqualTo(
				"Ngày,Số quyết định,Loại quyết định,Đơn vị,Chương trình,Dự án / nội dung,Loại vốn,Năm KH,Năm nguồn vốn,Số tiền (đồng),Ghi chú");
		List<DecisionRegister.Decision> shown = this.register.all(this.users.editor(),
				new DecisionRegister.Filter(2024, null, null, null, "number", true));
		assertThat(lines).hasSize(shown.size() + 1);
		assertThat(lines.subList(1, lines.size())).as("only the editor's commune")
			.allMatch(line -> line.contains(",Xã Hua Bum,"));
		assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("08/01/2024,130/QĐ-UBND,Giao vốn,Xã Hua Bum,")
			.contains(",2024,2024,4210000000,"));
		assertThat(lines.get(1)).contains(shown.get(0).decisionNumber());
	}

	@Test
	@WithUserDetails("admin")
	void shouldExportTheDecisionRegisterAsAWorkbookWithTitleDatesAndExactNumbers() throws IOException {
		MvcTestResult result = this.mvc.get().uri("/allocations?year=2024&orgUnit=HUA_BUM&format=xlsx").exchange();

		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Kế hoạch vốn");
			assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo("Số tiền (đồng)");
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			Row row = rowWith(sheet, 1, "130/QĐ-UBND");
			assertThat(row.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 1, 8));
			assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(4_210_000_000d);
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2024d);
		}
	}

	@Test
	@WithUserDetails("admin")
	void shouldNeutraliseTextThatASpreadsheetWouldRunAsAFormula() throws IOException {
		this.jdbc.sql("""
				update allocation set note = '=HYPERLINK("http://evil.example","x")'
				where decision_number = '130/QĐ-UBND'""").update();

		String csv = new String(this.mvc.get()
			.uri("/allocations?year=2024&orgUnit=HUA_BUM&format=csv")
			.exchange()
			.getResponse()
			.getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
			.doesNotContain(",=HYPERLINK");

		byte[] xlsx = this.mvc.get()
			.uri("/allocations?year=2024&orgUnit=HUA_BUM&format=xlsx")
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Cell note = rowWith(workbook.getSheetAt(0), 1, "130/QĐ-UBND").getCell(10);
			assertThat(note.getCellType()).isEqualTo(CellType.STRING);
			assertThat(note.getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"x\")");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "=1+1", "+1", "-2", "@SUM(A1)", "\tcmd", "\rcmd" })
	void shouldPrefixEveryFormulaLikeTextWithAnApostrophe(String text) {
		assertThat(TableExports.neutralised(text)).isEqualTo("'" + text);
	}

	@Test
	void shouldLeaveOrdinaryTextAsItIs() {
		assertThat(TableExports.neutralised("58/QĐ-UBND")).isEqualTo("58/QĐ-UBND");
		assertThat(TableExports.neutralised("")).isEmpty();
	}

	@Test
	@WithUserDetails("viewer")
	void shouldExportTheProgressTableWithTheFiguresOfThePage() {
		List<String> lines = lines(this.mvc.get()
			.uri("/progress?year=2024&quarter=1&format=csv")
			.exchange()
			.getResponse()
			.getContentAsByteArray());

		assertThat(lines.get(0)).isEqualTo(
				"Chương trình,Loại vốn,Vốn được giao (đồng),% vốn được giao,Kế hoạch vốn (đồng),Giải ngân lũy kế (đồng),% kế hoạch,Tình trạng");
		assertThat(lines)
			.anySatisfy(line -> assertThat(line).endsWith(",2487000000,780000000,\"31,4\",đang giải ngân"));
		assertThat(lines).contains(
				"Chương trình mục tiêu quốc gia giảm nghèo bền vững,Vốn đầu tư phát triển,51200000000,\"26,8\",49416000000,13704000000,\"27,7\",đang giải ngân",
				"Cộng vốn đầu tư phát triển,,149350000000,\"35,2\",144614000000,52595000000,\"36,4\",đang giải ngân");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/assignments?year=2024", "/progress?year=2024&quarter=1",
			"/progress/programs/NTM?year=2024&quarter=1", "/disbursements?orgUnit=HUA_BUM&year=2024&quarter=2",
			"/disbursements/submissions?orgUnit=NAM_NHUN&year=2024&quarter=2", "/directives?year=2024&quarter=1",
			"/dashboard/programs/NTM?year=2024&quarter=1&table=units",
			"/dashboard/programs/NTM?year=2024&quarter=1&orgUnit=HUA_BUM&table=lines" })
	@WithUserDetails("viewer")
	void shouldExportEveryListAsBothFormats(String page) throws IOException {
		MvcTestResult csv = this.mvc.get().uri(page + "&format=csv").exchange();
		MvcTestResult xlsx = this.mvc.get().uri(page + "&format=xlsx").exchange();

		assertThat(csv).hasStatusOk().hasContentType("text/csv;charset=UTF-8");
		List<String> lines = lines(csv.getResponse().getContentAsByteArray());
		assertThat(lines).as(page).hasSizeGreaterThan(1);
		assertThat(xlsx).hasStatusOk();
		try (XSSFWorkbook workbook = new XSSFWorkbook(
				new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum() - 2).as("the same rows as the CSV").isEqualTo(lines.size() - 1);
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(lines.get(0).split(",")[0]);
		}
	}

	@Test
	@WithUserDetails("editor")
	void shouldExportTheHistoryOfAUnitsQuarterOneRowPerField() {
		assertThat(this.mvc.post().uri("/disbursements/submitted?orgUnit=HUA_BUM&year=2024&quarter=2").with(csrf()))
			.hasStatus(HttpStatus.FOUND);

		List<String> lines = lines(this.mvc.get()
			.uri("/history?orgUnit=HUA_BUM&year=2024&quarter=2&format=csv")
			.exchange()
			.getResponse()
			.getContentAsByteArray());

		assertThat(lines.get(0))
			.isEqualTo("Thời điểm,Người thực hiện,Thao tác,Đơn vị,Thông tin,Giá trị cũ,Giá trị mới,Ghi chú / lý do");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains(",editor,", ",Xã Hua Bum,");
	}

	@Test
	void shouldExportOnlyWhatTheCallerSees() {
		assertThat(this.mvc.get()
			.uri("/disbursements?orgUnit=NAM_HANG&year=2024&quarter=2&format=csv")
			.with(user(this.users.editor()))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get()
			.uri("/progress/programs/DTTS?year=2024&quarter=1&format=csv")
			.with(user(this.users.named("officer")))).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri("/allocations?format=csv")).as("anonymous").hasStatus(HttpStatus.FOUND);
	}

	@Test
	@WithUserDetails("viewer")
	void shouldRefuseAnUnknownFormatOrTable() {
		assertThat(this.mvc.get().uri("/allocations?format=pdf")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyText()
			.contains("Chỉ xuất được tệp xlsx hoặc csv.");
		assertThat(this.mvc.get().uri("/dashboard/programs/NTM?year=2024&quarter=1&table=x&format=csv"))
			.hasStatus(HttpStatus.BAD_REQUEST);
	}

	private static List<String> lines(byte[] body) {
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		assertThat(text).endsWith("\r\n");
		return new ArrayList<>(List.of(text.split("\r\n")));
	}

	private static Row rowWith(Sheet sheet, int column, String text) {
		for (Row row : sheet) {
			Cell cell = row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && text.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text);
	}

}
