package org.programtracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.programtracker.allocation.CapitalType;
import org.programtracker.directive.DirectiveView;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.narrative.Markup;
import org.programtracker.narrative.ProgramNarrative.Paragraph;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.report.QuarterlySummary.Header;
import org.programtracker.report.QuarterlySummary.ProgramSection;
import org.programtracker.report.QuarterlySummary.SourceSplit;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly summary as a spreadsheet that goes to the province as it is: a title
 * block (the issuing body, the title, the unit, the period and the date the figures stand
 * at), the progress table with its header rows, borders and number formats (million đồng
 * and percent as numbers, never text), each program's subtotal, the totals by capital
 * type and the grand total as formulas over the lines above, the same for carried-over
 * capital and the split by budget; frozen headers, A4 print setup repeating them on every
 * page and fitting the width. The narrative and the directives are on a second sheet.
 * Every figure on a line is the one the service computed; the formulas only add them up,
 * and their results are stored with them. Every amount has the same number of decimals,
 * those the summary's tables print.
 */
@Component
class SummaryXlsx {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Decree 30/2020's margins, in inches: 20 mm top and bottom, 30 mm left, 15 mm right.
	 */
	private static final double TOP_MARGIN = 20 / 25.4;

	private static final double LEFT_MARGIN = 30 / 25.4;

	private static final double RIGHT_MARGIN = 15 / 25.4;

	private final MessageSource messages;

	private final Formats formats;

	SummaryXlsx(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] render(QuarterlySummary summary, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook, this.formats.decimalsFor(summary.amounts()));
			new ProgressSheet(workbook.createSheet(text("summary.sheet.progress", locale)), summary, styles, locale)
				.write();
			writeNarrative(workbook.createSheet(text("summary.sheet.narrative", locale)), summary, styles, locale);
			// The formulas' results are stored with them, for readers that do not
			// calculate; Excel calculates them again on opening.
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the summary spreadsheet", ex);
		}
	}

	/**
	 * The first sheet: title block, progress table, carried-over capital, the split by
	 * budget.
	 */
	private final class ProgressSheet {

		private final Sheet sheet;

		private final QuarterlySummary summary;

		private final Styles styles;

		private final Locale locale;

		private final boolean assigned;

		/**
		 * The figure columns, in order; the label is in column 0, the capital type in 1,
		 * the status in the last.
		 */
		private final List<Column> columns;

		private int r;

		ProgressSheet(Sheet sheet, QuarterlySummary summary, Styles styles, Locale locale) {
			this.sheet = sheet;
			this.summary = summary;
			this.styles = styles;
			this.locale = locale;
			this.assigned = summary.progress().showsAssigned();
			this.columns = new ArrayList<>();
			if (this.assigned) {
				this.columns.add(Column.amount("progress.col.assigned", Figures::assignedVnd));
			}
			this.columns.add(
					Column.amount(this.assigned ? "progress.col.detailedPlan" : "progress.col.plan", Figures::planVnd));
			if (this.assigned) {
				this.columns.add(Column.amount("progress.col.notAllocatedInDetail", Figures::notAllocatedInDetailVnd));
			}
			this.columns.add(Column.amount("summary.col.disbursed", Figures::disbursedVnd));
			this.columns.add(Column.percent(this.assigned ? "summary.col.percentOfDetailed" : "summary.col.percent",
					Figures::percentOfPlan, this.assigned ? "progress.col.detailedPlan" : "progress.col.plan"));
			if (this.assigned) {
				this.columns.add(Column.percent("summary.col.percentOfAssigned", Figures::percentOfAssigned,
						"progress.col.assigned"));
			}
		}

		private int lastColumn() {
			return this.columns.size() + 2;
		}

		void write() {
			int headerRows = writeTitleBlock();
			ProgressReport report = this.summary.progress();
			List<Integer> subtotals = new ArrayList<>();
			Map<CapitalType, List<Integer>> byCapitalType = new java.util.EnumMap<>(CapitalType.class);
			for (List<ProgressRow> group : report.rowsByItem()) {
				int first = this.r;
				for (ProgressRow row : group) {
					byCapitalType.computeIfAbsent(row.capitalType(), type -> new ArrayList<>()).add(this.r);
					line(row.code() + " " + row.name().in(this.locale), row.capitalType(), row.figures());
				}
				subtotals.add(this.r);
				sumOfRange(text("summary.subtotalOf", group.get(0).code()), first, this.r - 1,
						this.summary.subtotal(group), this.styles.subtotal);
			}
			List<Integer> totals = new ArrayList<>();
			for (Map.Entry<CapitalType, Figures> entry : report.totalsByCapitalType().entrySet()) {
				totals.add(this.r);
				sumOfCells(text("progress.totalOf." + entry.getKey()),
						byCapitalType.getOrDefault(entry.getKey(), List.of()), entry.getValue(), this.styles.total);
			}
			sumOfCells(text("progress.total"), totals, report.total(), this.styles.total);
			if (!report.carriedOver().isEmpty()) {
				section(text("progress.carriedOver", this.summary.quarter().year()));
				int first = this.r;
				for (ProgressRow row : report.carriedOver()) {
					line(row.code() + " " + row.name().in(this.locale), row.capitalType(), row.figures());
				}
				sumOfRange(text("summary.totalCarriedOver"), first, this.r - 1, report.carriedOverTotal(),
						this.styles.total);
			}
			// The split by budget, both budgets always: the province adds them up.
			section(text("summary.bySource"));
			for (SourceSplit split : this.summary.bySource()) {
				String source = text("fundingSource." + split.source());
				int first = this.r;
				for (Map.Entry<CapitalType, Figures> entry : split.byCapitalType().entrySet()) {
					line(source, entry.getKey(), entry.getValue());
				}
				sumOfRange(text("summary.totalOfSource", source), first, this.r - 1, split.total(),
						this.styles.subtotal);
			}
			this.r++;
			cell(this.sheet.createRow(this.r++), 0, text("summary.sheet.source"), this.styles.note);
			layOut(headerRows);
		}

		/**
		 * The issuing body and the national motto, the title, the unit, the period, the
		 * date the figures stand at and whether they are final; then the table's header
		 * rows. Answers the index of the header's first row.
		 */
		private int writeTitleBlock() {
			Header header = this.summary.header();
			int last = lastColumn();
			int motto = Math.max(3, last - 3);
			Row first = this.sheet.createRow(this.r++);
			cell(first, 0, header.authority(), header.authorityIssues() ? this.styles.issuer : this.styles.centred);
			merged(first, motto, last, text("summary.motto.country").toUpperCase(this.locale), this.styles.issuer);
			merge(first.getRowNum(), 0, 1);
			Row second = this.sheet.createRow(this.r++);
			if (!header.authorityIssues()) {
				cell(second, 0, header.issuingBody(), this.styles.issuer);
				merge(second.getRowNum(), 0, 1);
			}
			merged(second, motto, last, text("summary.motto.slogan"), this.styles.issuer);
			this.r++;
			ProgressReport report = this.summary.progress();
			String quarterName = text("summary.quarterName." + this.summary.quarter().quarter());
			title(text("summary.sheet.heading", quarterName, this.summary.quarter().year()), this.styles.title);
			title(text("summary.sheet.unit", report.orgUnitName()), this.styles.centred);
			title(text("summary.sheet.period", quarterName, this.summary.quarter().year(),
					SummaryXlsx.this.formats.date(this.summary.quarter().startDate()),
					SummaryXlsx.this.formats.date(this.summary.quarter().endDate())), this.styles.centred);
			title(text("summary.sheet.asOf", SummaryXlsx.this.formats.date(report.planAsOf())), this.styles.centred);
			title(this.summary.isClosed()
					? text("summary.closedOn", SummaryXlsx.this.formats.date(this.summary.issuedOn()))
					: text("summary.provisional"), this.styles.centredItalic);
			Row unit = this.sheet.createRow(this.r++);
			cell(unit, last, text("summary.unitOfMeasure"), this.styles.unitOfMeasure);
			int headerFirst = this.r;
			Row top = this.sheet.createRow(this.r++);
			Row bottom = this.sheet.createRow(this.r++);
			headed(top, bottom, 0, text("progress.col.program"));
			headed(top, bottom, 1, text("progress.col.capitalType"));
			for (int c = 0; c < this.columns.size(); c++) {
				Column column = this.columns.get(c);
				if (!column.isPercent()) {
					headed(top, bottom, c + 2, text(column.heading()));
				}
			}
			int firstPercent = this.columns
				.indexOf(this.columns.stream().filter(Column::isPercent).findFirst().orElseThrow());
			int percents = (int) this.columns.stream().filter(Column::isPercent).count();
			cell(top, firstPercent + 2, text("summary.col.percent"), this.styles.header.text());
			for (int p = 1; p < percents; p++) {
				cell(top, firstPercent + 2 + p, "", this.styles.header.text());
			}
			if (percents > 1) {
				merge(top.getRowNum(), firstPercent + 2, firstPercent + 1 + percents);
				for (int p = 0; p < percents; p++) {
					cell(bottom, firstPercent + 2 + p, text(this.columns.get(firstPercent + p).heading()),
							this.styles.header.text());
				}
			}
			else {
				cell(bottom, firstPercent + 2, "", this.styles.header.text());
				this.sheet.addMergedRegion(
						new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), firstPercent + 2, firstPercent + 2));
			}
			headed(top, bottom, last, text("progress.col.status"));
			return headerFirst;
		}

		private void headed(Row top, Row bottom, int column, String heading) {
			cell(top, column, heading, this.styles.header.text());
			cell(bottom, column, "", this.styles.header.text());
			this.sheet.addMergedRegion(new CellRangeAddress(top.getRowNum(), bottom.getRowNum(), column, column));
		}

		private void title(String text, CellStyle style) {
			Row row = this.sheet.createRow(this.r++);
			merged(row, 0, lastColumn(), text, style);
		}

		private void merged(Row row, int from, int to, String text, CellStyle style) {
			cell(row, from, text, style);
			merge(row.getRowNum(), from, to);
		}

		private void merge(int row, int from, int to) {
			if (to > from) {
				this.sheet.addMergedRegion(new CellRangeAddress(row, row, from, to));
			}
		}

		private void section(String title) {
			Row row = this.sheet.createRow(this.r++);
			cell(row, 0, title, this.styles.section);
			for (int c = 1; c <= lastColumn(); c++) {
				cell(row, c, "", this.styles.section);
			}
			merge(row.getRowNum(), 0, lastColumn());
		}

		/**
		 * A line as the service computed it: amounts and percents are values.
		 */
		private void line(String label, CapitalType capitalType, Figures figures) {
			Row row = this.sheet.createRow(this.r++);
			cell(row, 0, label, this.styles.text);
			cell(row, 1, text("capitalType." + capitalType), this.styles.text);
			for (int c = 0; c < this.columns.size(); c++) {
				Column column = this.columns.get(c);
				Cell cell = row.createCell(c + 2);
				if (column.isPercent()) {
					cell.setCellStyle(this.styles.percent);
					PercentOfPlan percent = column.percent().apply(figures);
					if (percent.value() != null) {
						cell.setCellValue(percent.value().divide(HUNDRED).doubleValue());
					}
				}
				else {
					cell.setCellStyle(this.styles.number);
					cell.setCellValue(millions(column.amount().apply(figures)));
				}
			}
			cell(row, lastColumn(), text("status." + figures.percentOfPlan().status()), this.styles.text);
		}

		/**
		 * A subtotal of the lines just above: each amount the SUM of its column over
		 * them.
		 */
		private void sumOfRange(String label, int first, int last, Figures figures, RowStyle style) {
			total(label, figures, style, column -> (last < first) ? "0"
					: "SUM(" + reference(first, column) + ":" + reference(last, column) + ")");
		}

		/**
		 * A total of rows here and there above (each capital type's lines; the totals by
		 * capital type): each amount the sum of its column's cells in them.
		 */
		private void sumOfCells(String label, List<Integer> rows, Figures figures, RowStyle style) {
			total(label, figures, style, column -> rows.isEmpty() ? "0"
					: String.join("+", rows.stream().map(row -> reference(row, column)).toList()));
		}

		/**
		 * A total row: amounts by the formula given, each percent computed in the
		 * spreadsheet from the total's own amounts, rounded as the service rounds (to a
		 * tenth of a percent), blank without a plan; the status as the service gives it.
		 */
		private void total(String label, Figures figures, RowStyle style, Function<Integer, String> amountFormula) {
			Row row = this.sheet.createRow(this.r++);
			cell(row, 0, label, style.text());
			cell(row, 1, "", style.text());
			int disbursed = columnOf("summary.col.disbursed");
			for (int c = 0; c < this.columns.size(); c++) {
				Column column = this.columns.get(c);
				Cell cell = row.createCell(c + 2);
				if (column.isPercent()) {
					String base = reference(row.getRowNum(), columnOf(column.base()));
					String spent = reference(row.getRowNum(), disbursed);
					cell.setCellFormula("IF(" + base + "<=0,\"\",ROUND(" + spent + "/" + base + ",3))");
					cell.setCellStyle(style.percent());
				}
				else {
					cell.setCellFormula(amountFormula.apply(c + 2));
					cell.setCellStyle(style.number());
				}
			}
			cell(row, lastColumn(), text("status." + figures.percentOfPlan().status()), style.text());
		}

		/**
		 * The column of the amount with this heading.
		 */
		private int columnOf(String heading) {
			for (int c = 0; c < this.columns.size(); c++) {
				if (this.columns.get(c).heading().equals(heading)) {
					return c + 2;
				}
			}
			throw new IllegalStateException("No column headed " + heading);
		}

		private String reference(int row, int column) {
			return new CellReference(row, column).formatAsString();
		}

		/**
		 * Column widths, frozen headers, and A4 printing that repeats the header rows and
		 * fits the width of a page.
		 */
		private void layOut(int headerFirst) {
			this.sheet.setColumnWidth(0, 48 * 256);
			this.sheet.setColumnWidth(1, 22 * 256);
			for (int c = 0; c < this.columns.size(); c++) {
				this.sheet.setColumnWidth(c + 2, (this.columns.get(c).isPercent() ? 12 : 15) * 256);
			}
			this.sheet.setColumnWidth(lastColumn(), 16 * 256);
			this.sheet.createFreezePane(1, headerFirst + 2);
			this.sheet.setRepeatingRows(new CellRangeAddress(headerFirst, headerFirst + 1, -1, -1));
			printSetup(this.sheet, this.assigned);
		}

		private String text(String key, Object... arguments) {
			return SummaryXlsx.this.text(key, this.locale, arguments);
		}

	}

	/**
	 * A figure column of the table, by its heading's key: an amount, or the percent of
	 * the disbursed amount of the amount headed {@code base}.
	 */
	private record Column(String heading, Function<Figures, BigDecimal> amount,
			Function<Figures, PercentOfPlan> percent, String base) {

		static Column amount(String heading, Function<Figures, BigDecimal> amount) {
			return new Column(heading, amount, null, null);
		}

		static Column percent(String heading, Function<Figures, PercentOfPlan> percent, String base) {
			return new Column(heading, null, percent, base);
		}

		boolean isPercent() {
			return this.percent != null;
		}

	}

	private static void printSetup(Sheet sheet, boolean landscape) {
		PrintSetup setup = sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(landscape);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.TopMargin, TOP_MARGIN);
		sheet.setMargin(Sheet.BottomMargin, TOP_MARGIN);
		sheet.setMargin(Sheet.LeftMargin, landscape ? TOP_MARGIN : LEFT_MARGIN);
		sheet.setMargin(Sheet.RightMargin, RIGHT_MARGIN);
		sheet.getFooter().setCenter("&P/&N");
	}

	private void writeNarrative(Sheet sheet, QuarterlySummary summary, Styles styles, Locale locale) {
		int r = 0;
		for (ProgramSection program : summary.programs()) {
			cell(sheet.createRow(r++), 0, program.code() + " " + program.name().in(locale), styles.bold);
			for (String sentence : program.sentences()) {
				cell(sheet.createRow(r++), 0, sentence, styles.wrap);
			}
			r = writeParagraphs(sheet, r, text("summary.difficulties", locale), program.narrative().difficulties(),
					styles);
			r = writeParagraphs(sheet, r, text("summary.keyTasks", locale), program.narrative().keyTasks(), styles);
			r++;
		}
		cell(sheet.createRow(r++), 0, text("summary.directives", locale), styles.bold);
		if (!summary.directives().isEmpty()) {
			Row heading = sheet.createRow(r++);
			String[] headings = { "directive.col.text", "directive.col.responsible", "directive.col.deadline",
					"directive.col.status" };
			for (int c = 0; c < headings.length; c++) {
				cell(heading, c, text(headings[c], locale), styles.header.text());
			}
		}
		for (DirectiveView directive : summary.directives()) {
			Row line = sheet.createRow(r++);
			cell(line, 0, Markup.plain(directive.text()), styles.wrapBordered);
			cell(line, 1, directive.responsible(), styles.wrapBordered);
			Cell deadline = line.createCell(2);
			deadline.setCellValue(directive.deadline());
			deadline.setCellStyle(styles.date);
			cell(line, 3, text("directive.status." + directive.status(), locale), styles.wrapBordered);
		}
		sheet.setColumnWidth(0, 90 * 256);
		sheet.setColumnWidth(1, 36 * 256);
		sheet.setColumnWidth(2, 13 * 256);
		sheet.setColumnWidth(3, 16 * 256);
		printSetup(sheet, false);
		sheet.getHeader()
			.setCenter(text("summary.sheet.narrativeHeading", locale, summary.progress().orgUnitName(),
					text("summary.quarterName." + summary.quarter().quarter(), locale), summary.quarter().year()));
	}

	private int writeParagraphs(Sheet sheet, int first, String title, List<Paragraph> paragraphs, Styles styles) {
		if (paragraphs.isEmpty()) {
			return first;
		}
		int r = first;
		cell(sheet.createRow(r++), 0, title, styles.italic);
		for (Paragraph paragraph : paragraphs) {
			cell(sheet.createRow(r++), 0, "- " + Markup.plain(paragraph.text()), styles.wrap);
		}
		return r;
	}

	/**
	 * A spreadsheet cell holds a binary floating-point number: the exact amounts become
	 * one only here, at the edge of the file, and at most three decimals of a million are
	 * ever shown.
	 */
	private static double millions(BigDecimal vnd) {
		return vnd.divide(Money.VND_PER_MILLION).doubleValue();
	}

	private static void cell(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value);
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	/**
	 * The styles of a table row: its text, amounts and percents.
	 */
	private record RowStyle(CellStyle text, CellStyle number, CellStyle percent) {

	}

	private static final class Styles {

		private static final String PERCENT = "0.0%";

		final CellStyle bold;

		final CellStyle italic;

		final CellStyle wrap;

		final CellStyle wrapBordered;

		final CellStyle issuer;

		final CellStyle title;

		final CellStyle centred;

		final CellStyle centredItalic;

		final CellStyle unitOfMeasure;

		final CellStyle note;

		final CellStyle section;

		final CellStyle text;

		final CellStyle number;

		final CellStyle percent;

		final CellStyle date;

		final RowStyle header;

		final RowStyle subtotal;

		final RowStyle total;

		/**
		 * The styles of a workbook whose amounts all have {@code decimals} decimals,
		 * those of the summary's tables: 2.382,500 beside 699,875.
		 */
		Styles(XSSFWorkbook workbook, int decimals) {
			Font boldFont = font(workbook, true, false, 11);
			Font italicFont = font(workbook, false, true, 11);
			Font boldItalicFont = font(workbook, true, true, 11);
			Font titleFont = font(workbook, true, false, 13);
			short numberFormat = workbook.createDataFormat()
				.getFormat((decimals > 0) ? "#,##0." + "0".repeat(decimals) : "#,##0");
			short percentFormat = workbook.createDataFormat().getFormat(PERCENT);
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.italic = workbook.createCellStyle();
			this.italic.setFont(italicFont);
			this.wrap = workbook.createCellStyle();
			this.wrap.setWrapText(true);
			this.wrap.setVerticalAlignment(VerticalAlignment.TOP);
			this.wrapBordered = bordered(workbook);
			this.wrapBordered.setWrapText(true);
			this.wrapBordered.setVerticalAlignment(VerticalAlignment.TOP);
			this.issuer = workbook.createCellStyle();
			this.issuer.setFont(boldFont);
			this.issuer.setAlignment(HorizontalAlignment.CENTER);
			this.title = workbook.createCellStyle();
			this.title.setFont(titleFont);
			this.title.setAlignment(HorizontalAlignment.CENTER);
			this.centred = workbook.createCellStyle();
			this.centred.setAlignment(HorizontalAlignment.CENTER);
			this.centredItalic = workbook.createCellStyle();
			this.centredItalic.setAlignment(HorizontalAlignment.CENTER);
			this.centredItalic.setFont(italicFont);
			this.unitOfMeasure = workbook.createCellStyle();
			this.unitOfMeasure.setAlignment(HorizontalAlignment.RIGHT);
			this.unitOfMeasure.setFont(italicFont);
			this.note = workbook.createCellStyle();
			this.note.setFont(italicFont);
			this.section = bordered(workbook);
			this.section.setFont(boldItalicFont);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.number = bordered(workbook);
			this.number.setDataFormat(numberFormat);
			this.percent = bordered(workbook);
			this.percent.setDataFormat(percentFormat);
			this.date = bordered(workbook);
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.date.setVerticalAlignment(VerticalAlignment.TOP);
			CellStyle headerText = bordered(workbook);
			headerText.setFont(boldFont);
			headerText.setWrapText(true);
			headerText.setAlignment(HorizontalAlignment.CENTER);
			headerText.setVerticalAlignment(VerticalAlignment.CENTER);
			this.header = new RowStyle(headerText, null, null);
			this.subtotal = boldRow(workbook, boldFont, numberFormat, percentFormat);
			this.total = boldRow(workbook, boldFont, numberFormat, percentFormat);
			for (CellStyle style : List.of(this.total.text(), this.total.number(), this.total.percent())) {
				style.setBorderTop(BorderStyle.MEDIUM);
			}
		}

		private static RowStyle boldRow(XSSFWorkbook workbook, Font bold, short numberFormat, short percentFormat) {
			CellStyle text = bordered(workbook);
			text.setFont(bold);
			text.setWrapText(true);
			CellStyle number = bordered(workbook);
			number.setFont(bold);
			number.setDataFormat(numberFormat);
			CellStyle percent = bordered(workbook);
			percent.setFont(bold);
			percent.setDataFormat(percentFormat);
			return new RowStyle(text, number, percent);
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			return style;
		}

		private static Font font(XSSFWorkbook workbook, boolean bold, boolean italic, int points) {
			Font font = workbook.createFont();
			font.setFontName("Times New Roman");
			font.setFontHeightInPoints((short) points);
			font.setBold(bold);
			font.setItalic(italic);
			return font;
		}

	}

}
