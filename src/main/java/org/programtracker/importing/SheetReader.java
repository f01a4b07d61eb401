package org.programtracker.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.programtracker.kernel.AmountFormatException;
import org.programtracker.kernel.Amounts;
import org.programtracker.kernel.DateFormatException;
import org.programtracker.kernel.Dates;
import org.programtracker.kernel.Money;

/**
 * Reads an import sheet (XLSX, the old XLS, or CSV): a first row of column headers, then
 * one row per record. A row whose amount is empty is left out. Nothing is guessed and
 * nothing is evaluated: every cell that is not what its column wants is a problem with
 * its row and column, and a formula is read as the value the spreadsheet saved with it,
 * or refused when it saved none.
 */
final class SheetReader {

	static final int MAX_ROWS = 20_000;

	private SheetReader() {
	}

	/**
	 * The rows that have an amount, each read cell by cell by the caller, and the
	 * problems of the sheet as a whole.
	 * @throws ImportRejectedException when the file as a whole cannot be read
	 */
	static List<Cells> read(InputStream file, ImportKind kind, SheetVocabulary vocabulary, Locale locale,
			List<ImportProblem> problems) {
		List<Cells> rows = new ArrayList<>();
		try (Workbook workbook = open(file)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<SheetColumn, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()), kind, vocabulary);
			List<ImportProblem> missing = new ArrayList<>();
			for (SheetColumn required : kind.required()) {
				if (!columns.containsKey(required)) {
					missing.add(ImportProblem.of(1, required.code(), "import.missingColumn",
							vocabulary.header(required, locale)));
				}
			}
			if (!missing.isEmpty()) {
				throw new ImportRejectedException(missing);
			}
			if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
				throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.tooManyRows", MAX_ROWS)));
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Cells cells = new Cells(row, columns, vocabulary, locale, problems);
				if (cells.hasAmount()) {
					rows.add(cells);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ImportRejectedException rejected) {
				throw rejected;
			}
			throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notASheet")));
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.nothingToImport")));
		}
		return rows;
	}

	/**
	 * A workbook (XLSX, or the old XLS) by its first bytes; anything else is read as CSV.
	 */
	private static Workbook open(InputStream file) throws IOException {
		BufferedInputStream input = new BufferedInputStream(file);
		input.mark(4);
		byte[] head = input.readNBytes(4);
		input.reset();
		boolean zip = head.length >= 2 && head[0] == 'P' && head[1] == 'K';
		boolean ole2 = head.length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF && head[2] == (byte) 0x11
				&& head[3] == (byte) 0xE0;
		return (zip || ole2) ? WorkbookFactory.create(input) : CsvSheet.workbook(input, MAX_ROWS);
	}

	private static Map<SheetColumn, Integer> columns(Row header, ImportKind kind, SheetVocabulary vocabulary) {
		Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
		if (header == null) {
			return columns;
		}
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING) {
				SheetColumn column = vocabulary.column(cell.getStringCellValue());
				if (column != null && kind.columns().contains(column)) {
					columns.putIfAbsent(column, cell.getColumnIndex());
				}
			}
		}
		return columns;
	}

	/**
	 * One row of the sheet, read cell by cell: each reading that fails adds its problem,
	 * with the row and column, and marks the row as bad.
	 */
	static final class Cells {

		private final Row row;

		private final Map<SheetColumn, Integer> columns;

		private final SheetVocabulary vocabulary;

		private final Locale locale;

		private final List<ImportProblem> problems;

		private final int number;

		private final BigDecimal amount;

		private boolean bad;

		private final Set<SheetColumn> refusedFormulas = EnumSet.noneOf(SheetColumn.class);

		Cells(Row row, Map<SheetColumn, Integer> columns, SheetVocabulary vocabulary, Locale locale,
				List<ImportProblem> problems) {
			this.row = row;
			this.columns = columns;
			this.vocabulary = vocabulary;
			this.locale = locale;
			this.problems = problems;
			this.number = row.getRowNum() + 1;
			this.amount = amount(SheetColumn.AMOUNT);
		}

		int number() {
			return this.number;
		}

		boolean bad() {
			return this.bad;
		}

		boolean hasAmount() {
			return this.amount != null || this.bad;
		}

		BigDecimal amountVnd() {
			return this.amount;
		}

		String required(SheetColumn column) {
			String text = text(column);
			if (text.isEmpty() && !this.refusedFormulas.contains(column)) {
				problem(column, "field.required");
			}
			return text;
		}

		/**
		 * The text of a cell, {@code null} when it is empty.
		 */
		String optional(SheetColumn column) {
			String text = text(column);
			return text.isEmpty() ? null : text;
		}

		/**
		 * A capital type, funding source or kind named by its code or its name in either
		 * language; {@code null} for an empty cell (a problem when it is required).
		 */
		<E extends Enum<E>> E constant(SheetColumn column, Class<E> type, boolean required) {
			String text = required ? required(column) : text(column);
			if (text.isEmpty()) {
				return null;
			}
			E constant = this.vocabulary.constant(type, text);
			if (constant == null) {
				problem(column, "import.notOneOf", text, String.join(", ", this.vocabulary.labels(type, this.locale)));
			}
			return constant;
		}

		Integer year(SheetColumn column) {
			Cell cell = cell(column);
			if (cell == null || text(column).isEmpty()) {
				return null;
			}
			try {
				BigDecimal year = (type(cell) == CellType.NUMERIC) ? BigDecimal.valueOf(cell.getNumericCellValue())
						: new BigDecimal(text(column));
				return year.intValueExact();
			}
			catch (ArithmeticException | NumberFormatException ex) {
				problem(column, "field.year");
				return null;
			}
		}

		LocalDate date(SheetColumn column) {
			Cell cell = cell(column);
			if (cell == null) {
				return null;
			}
			if (type(cell) == CellType.NUMERIC) {
				double serial = cell.getNumericCellValue();
				if (!DateUtil.isValidExcelDate(serial) || serial != Math.floor(serial)) {
					problem(column, "date.invalid.format", text(column));
					return null;
				}
				return DateUtil.getLocalDateTime(serial).toLocalDate();
			}
			try {
				LocalDate day = Dates.parse(text(column));
				if (day == null) {
					problem(column, "field.required");
				}
				return day;
			}
			catch (DateFormatException ex) {
				problem(column, ex.getMessageKey(), ex.getArguments());
				return null;
			}
		}

		BigDecimal amount(SheetColumn column) {
			Cell cell = cell(column);
			if (cell == null) {
				return null;
			}
			try {
				if (type(cell) == CellType.NUMERIC) {
					return Money.fromMillions(BigDecimal.valueOf(cell.getNumericCellValue()));
				}
				return Amounts.parseMillions(text(column), this.locale);
			}
			catch (AmountFormatException ex) {
				problem(column, ex.getMessageKey(), ex.getArguments());
			}
			catch (IllegalArgumentException ex) {
				problem(column, "amount.tooPrecise");
			}
			return null;
		}

		String text(SheetColumn column) {
			Cell cell = cell(column);
			if (cell == null) {
				return "";
			}
			return switch (type(cell)) {
				case STRING -> cell.getStringCellValue().strip();
				case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
				case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
				default -> "";
			};
		}

		/**
		 * The cell of a column, or {@code null} when it is empty or a formula without a
		 * usable result: one stored without a result (as scripts write them, which would
		 * otherwise read as 0 or as empty text) or whose result is an error, a problem of
		 * its own, reported once.
		 */
		private Cell cell(SheetColumn column) {
			Integer index = this.columns.get(column);
			Cell cell = (index == null) ? null : this.row.getCell(index);
			if (cell == null || cell.getCellType() != CellType.FORMULA) {
				return cell;
			}
			if (hasResult(cell) && cell.getCachedFormulaResultType() != CellType.ERROR) {
				return cell;
			}
			if (this.refusedFormulas.add(column)) {
				String reference = new CellReference(cell).formatAsString(false);
				problem(column, hasResult(cell) ? "import.formulaError" : "import.formulaWithoutValue", reference,
						"=" + cell.getCellFormula());
			}
			return null;
		}

		/**
		 * Whether a formula cell carries the result its spreadsheet program computed; the
		 * old XLS format always stores one.
		 */
		private static boolean hasResult(Cell cell) {
			return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
		}

		private static CellType type(Cell cell) {
			return (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		}

		void problem(SheetColumn column, String messageKey, Object... arguments) {
			this.bad = true;
			this.problems.add(ImportProblem.of(this.number, column.code(), messageKey, arguments));
		}

	}

}
