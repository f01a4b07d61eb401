package org.programtracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a quarter's disbursement sheet as a user fills the import template: numbers as
 * numeric cells, text as text, empty strings as empty cells.
 */
public final class DisbursementSheets {

	private static final String[] HEADER = { "org_unit", "program", "component", "capital_type", "funding_source",
			"origin_year", "amount_million", "advance_million", "recovered_million", "note" };

	private DisbursementSheets() {
	}

	public static byte[] sheet(Object[]... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet();
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADER.length; c++) {
				header.createCell(c).setCellValue(HEADER[c]);
			}
			for (int r = 0; r < rows.length; r++) {
				Row row = sheet.createRow(r + 1);
				for (int c = 0; c < rows[r].length; c++) {
					Object value = rows[r][c];
					if (value instanceof Number number) {
						row.createCell(c).setCellValue(number.doubleValue());
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
