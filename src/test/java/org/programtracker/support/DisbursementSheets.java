package org.programtracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds an import sheet as a user fills the template: numbers as numeric cells, days as
 * date cells, text as text, empty strings as empty cells, and {@link Formula}s as formula
 * cells, with or without the result a spreadsheet saves beside them. By default the
 * columns of a quarter's disbursement sheet, by their codes.
 */
public final class DisbursementSheets {

	private static final String[] HEADER = { "org_unit", "program", "component", "capital_type", "funding_source",
			"origin_year", "amount_million", "advance_million", "recovered_million", "note" };

	private DisbursementSheets() {
	}

	/**
	 * A formula cell; {@code cached} is the result the spreadsheet saved with it, or
	 * {@code null} for none (as scripts write them).
	 */
	public record Formula(String formula, Double cached) {

	}

	public static byte[] sheet(Object[]... rows) throws IOException {
		return sheetWith(HEADER, rows);
	}

	public static byte[] sheetWith(String[] headers, Object[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int c = 0; c < headers.length; c++) {
				header.createCell(c).setCellValue(headers[c]);
			}
			CellStyle day = workbook.createCellStyle();
			day.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
					}
					else if (value instanceof LocalDate date) {
						row.createCell(c).setCellValue(date);
						row.getCell(c).setCellStyle(day);
					}
					else if (value instanceof Formula formula) {
						XSSFCell cell = (XSSFCell) row.createCell(c);
						cell.setCellFormula(formula.formula());
						if (formula.cached() == null) {
							if (cell.getCTCell().isSetV()) {
								cell.getCTCell().unsetV();
							}
						}
						else {
							cell.getCTCell().setV(formula.cached().toString());
						}
					}
					else if (!"".equals(value)) {
						row.createCell(c).setCellValue(value.toString());
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	/**
	 * The sheet with one cell replaced by a formula (row 1 is the first row after the
	 * header), stored with {@code result} as its computed value: a number, a
	 * {@link FormulaError}, or {@code null} for no stored result at all, as a script that
	 * writes formulas and computes nothing leaves it.
	 */
	public static byte[] withFormula(byte[] sheet, int row, int column, String formula, Object result)
			throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Row sheetRow = workbook.getSheetAt(0).getRow(row);
			XSSFCell cell = (XSSFCell) sheetRow.getCell(column, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
			cell.setCellFormula(formula);
			if (result instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (result instanceof FormulaError error) {
				cell.setCellErrorValue(error);
			}
			else if (cell.getCTCell().isSetV()) {
				cell.getCTCell().unsetV();
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

}
