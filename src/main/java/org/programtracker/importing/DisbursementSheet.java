package org.programtracker.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.AmountFormatException;
import org.programtracker.kernel.Amounts;

/**
 * Reads a quarterly disbursement sheet (XLSX): a first row of column codes, then one plan
 * line per row. Amounts are million đồng, as numbers or as text typed the user's way; a
 * row whose amount is empty is left out. Nothing is guessed: every cell that is not what
 * its column wants is a problem with its row and column.
 * <p>
 * Nothing is evaluated either. A formula cell is read as the result the spreadsheet
 * program stored with it when it last computed the sheet; a formula stored without a
 * result (as scripts write them) or whose result is an error is refused at its cell,
 * never read as 0 or as empty.
 */
final class DisbursementSheet {

	static final int MAX_ROWS = 20_000;

	private DisbursementSheet() {
	}

	/**
	 * The rows that could be read, and the problems of those that could not.
	 * @throws ImportRejectedException when the file as a whole cannot be read
	 */
	static Reading read(InputStream file, Locale locale) {
		List<ImportProblem> problems = new ArrayList<>();
		List<SheetRow> rows = new ArrayList<>();
		try (Workbook workbook = open(file)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<SheetColumn, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
			for (SheetColumn required : List.of(SheetColumn.ORG_UNIT, SheetColumn.PROGRAM, SheetColumn.CAPITAL_TYPE,
					SheetColumn.AMOUNT)) {
				if (!columns.containsKey(required)) {
					problems.add(ImportProblem.of(1, required.header(), "import.missingColumn", required.header()));
				}
			}
			if (!problems.isEmpty()) {
				throw new ImportRejectedException(problems);
			}
			if (sheet.getLastRowNum() - sheet.getFirstRowNum() > MAX_ROWS) {
				throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.tooManyRows", MAX_ROWS)));
			}
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				new RowReader(row, columns, locale, problems).read().ifPresent(rows::add);
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
		return new Reading(rows, problems);
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

	/**
	 * What a sheet says: the rows read, and the problems of the rows that could not be.
	 */
	record Reading(List<SheetRow> rows, List<ImportProblem> problems) {

	}

	private static Map<SheetColumn, Integer> columns(Row header) {
		Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
		if (header == null) {
			return columns;
		}
		for (Cell cell : header) {
			String text = (cell.getCellType() == CellType.STRING) ? cell.getStringCellValue().strip() : "";
			for (SheetColumn column : SheetColumn.values()) {
				if (column.header().equalsIgnoreCase(text)) {
					columns.put(column, cell.getColumnIndex());
				}
			}
		}
		return columns;
	}

	/**
	 * A plan line and the quarter's entry on it, as read from one row (spreadsheet row
	 * number, amounts in đồng).
	 */
	record SheetRow(int number, String orgUnit, String program, String component, CapitalType capitalType,
			FundingSource fundingSource, Integer originYear, BigDecimal amountVnd, BigDecimal advanceVnd,
			BigDecimal recoveredVnd, String note) {

	}

	private static final class RowReader {

		private final Row row;

		private final Map<SheetColumn, Integer> columns;

		private final Locale locale;

		private final List<ImportProblem> problems;

		private final int number;

		private boolean bad;

		private final Set<SheetColumn> refusedFormulas = EnumSet.noneOf(SheetColumn.class);

		RowReader(Row row, Map<SheetColumn, Integer> columns, Locale locale, List<ImportProblem> problems) {
			this.row = row;
			this.columns = columns;
			this.locale = locale;
			this.problems = problems;
			this.number = row.getRowNum() + 1;
		}

		Optional<SheetRow> read() {
			BigDecimal amount = amount(SheetColumn.AMOUNT);
			if (amount == null && !this.bad) {
				return Optional.empty();
			}
			String orgUnit = required(SheetColumn.ORG_UNIT);
			String program = required(SheetColumn.PROGRAM);
			CapitalType capitalType = capitalType();
			FundingSource fundingSource = fundingSource();
			Integer originYear = year(SheetColumn.ORIGIN_YEAR);
			BigDecimal advance = amount(SheetColumn.ADVANCE);
			BigDecimal recovered = amount(SheetColumn.RECOVERED);
			String note = text(SheetColumn.NOTE);
			if (this.bad) {
				return Optional.empty();
			}
			return Optional.of(new SheetRow(this.number, orgUnit, program, text(SheetColumn.COMPONENT), capitalType,
					fundingSource, originYear, amount, advance, recovered, (note.isEmpty()) ? null : note));
		}

		private String required(SheetColumn column) {
			String text = text(column);
			if (text.isEmpty() && !this.refusedFormulas.contains(column)) {
				problem(column, "field.required");
			}
			return text;
		}

		private CapitalType capitalType() {
			String text = required(SheetColumn.CAPITAL_TYPE);
			if (text.isEmpty()) {
				return null;
			}
			for (CapitalType type : CapitalType.values()) {
				if (type.name().equalsIgnoreCase(text)) {
					return type;
				}
			}
			problem(SheetColumn.CAPITAL_TYPE, "import.capitalType", text);
			return null;
		}

		private FundingSource fundingSource() {
			String text = text(SheetColumn.FUNDING_SOURCE);
			if (text.isEmpty()) {
				return null;
			}
			for (FundingSource source : FundingSource.values()) {
				if (source.name().equalsIgnoreCase(text)) {
					return source;
				}
			}
			problem(SheetColumn.FUNDING_SOURCE, "import.fundingSource", text);
			return null;
		}

		private Integer year(SheetColumn column) {
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

		private BigDecimal amount(SheetColumn column) {
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

		private String text(SheetColumn column) {
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
		 * usable result (which is then a problem of its own, reported once).
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
		 * Whether a formula cell carries the result its spreadsheet program computed. An
		 * XLSX formula written without one (no {@code <v>} element) would otherwise read
		 * as 0 or as empty text; the old XLS format always stores a result.
		 */
		private static boolean hasResult(Cell cell) {
			return !(cell instanceof XSSFCell xssf) || xssf.getCTCell().isSetV();
		}

		private static CellType type(Cell cell) {
			return (cell.getCellType() == CellType.FORMULA) ? cell.getCachedFormulaResultType() : cell.getCellType();
		}

		private void problem(SheetColumn column, String messageKey, Object... arguments) {
			this.bad = true;
			this.problems.add(ImportProblem.of(this.number, column.header(), messageKey, arguments));
		}

	}

}
