package org.programtracker.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.programtracker.directive.DirectiveView;
import org.programtracker.narrative.ProgramNarrative.Paragraph;
import org.programtracker.allocation.CapitalType;
import org.programtracker.progress.Figures;
import org.programtracker.report.QuarterlySummary.SourceSplit;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.progress.ProgressRow;
import org.programtracker.report.QuarterlySummary.ProgramSection;
import org.programtracker.kernel.Money;
import org.programtracker.kernel.Formats;
import org.programtracker.narrative.Markup;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly summary as a spreadsheet: the progress table as real numbers with number
 * formats (million đồng, percent), the narrative and directives on a second sheet.
 */
@Component
class SummaryXlsx {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final MessageSource messages;

	private final Formats formats;

	SummaryXlsx(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	byte[] render(QuarterlySummary summary, Locale locale) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(workbook);
			writeProgress(workbook.createSheet(text("summary.sheet.progress", locale)), summary, styles, locale);
			writeNarrative(workbook.createSheet(text("summary.sheet.narrative", locale)), summary, styles, locale);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the summary spreadsheet", ex);
		}
	}

	private void writeProgress(Sheet sheet, QuarterlySummary summary, Styles styles, Locale locale) {
		int r = 0;
		cell(sheet.createRow(r++), 0, text("summary.sheet.title", locale, summary.progress().orgUnitName(),
				summary.quarter().quarter(), summary.quarter().year()), styles.bold);
		cell(sheet.createRow(r++), 0, text(summary.isClosed() ? "summary.closedOn" : "summary.provisional", locale,
				this.formats.date(summary.issuedOn())), null);
		r++;
		Row header = sheet.createRow(r++);
		String[] columns = { "progress.col.program", "progress.col.capitalType", "progress.col.assigned",
				"progress.col.detailedPlan", "progress.col.notAllocatedInDetail", "summary.col.disbursed",
				"progress.col.percent", "progress.col.percentOfAssigned", "progress.col.status" };
		for (int c = 0; c < columns.length; c++) {
			cell(header, c, text(columns[c], locale), styles.header);
		}
		r = writeRows(sheet, r, summary.progress().rows(), styles, locale);
		r = writeTotal(sheet, r, text("progress.total", locale), summary.progress().total(), styles, locale);
		if (!summary.progress().carriedOver().isEmpty()) {
			r++;
			cell(sheet.createRow(r++), 0, text("progress.carriedOver", locale, summary.quarter().year()), styles.bold);
			r = writeRows(sheet, r, summary.progress().carriedOver(), styles, locale);
			r = writeTotal(sheet, r, text("progress.total", locale), summary.progress().carriedOverTotal(), styles,
					locale);
		}
		r++;
		cell(sheet.createRow(r++), 0, text("summary.bySource", locale), styles.bold);
		for (SourceSplit split : summary.bySource()) {
			String source = text("fundingSource." + split.source(), locale);
			for (Map.Entry<CapitalType, Figures> entry : split.byCapitalType().entrySet()) {
				Row line = sheet.createRow(r++);
				cell(line, 0, source, null);
				cell(line, 1, text("capitalType." + entry.getKey(), locale), null);
				writeFigures(line, entry.getValue(), styles, styles.number, styles.percent, locale);
			}
			r = writeTotal(sheet, r, text("summary.totalOfSource", locale, source), split.total(), styles, locale);
		}
		sheet.setColumnWidth(0, 60 * 256);
		sheet.setColumnWidth(1, 30 * 256);
		for (int c = 2; c < 8; c++) {
			sheet.setColumnWidth(c, 16 * 256);
		}
		sheet.setColumnWidth(8, 20 * 256);
	}

	private int writeRows(Sheet sheet, int first, List<ProgressRow> rows, Styles styles, Locale locale) {
		int r = first;
		for (ProgressRow row : rows) {
			Row line = sheet.createRow(r++);
			cell(line, 0, row.code() + " " + row.name().in(locale), null);
			cell(line, 1, text("capitalType." + row.capitalType(), locale), null);
			writeFigures(line, row.figures(), styles, styles.number, styles.percent, locale);
		}
		return r;
	}

	private int writeTotal(Sheet sheet, int r, String label, Figures figures, Styles styles, Locale locale) {
		Row line = sheet.createRow(r);
		cell(line, 0, label, styles.bold);
		writeFigures(line, figures, styles, styles.boldNumber, styles.boldPercent, locale);
		return r + 1;
	}

	private void writeFigures(Row line, Figures figures, Styles styles, CellStyle number, CellStyle percentStyle,
			Locale locale) {
		amount(line, 2, figures.assignedVnd(), number);
		amount(line, 3, figures.planVnd(), number);
		amount(line, 4, figures.notAllocatedInDetailVnd(), number);
		amount(line, 5, figures.disbursedVnd(), number);
		percent(line, 6, figures.percentOfPlan(), percentStyle);
		percent(line, 7, figures.percentOfAssigned(), percentStyle);
		cell(line, 8, text("status." + figures.percentOfPlan().status(), locale), null);
	}

	private static void amount(Row line, int column, BigDecimal vnd, CellStyle style) {
		Cell cell = line.createCell(column);
		cell.setCellValue(millions(vnd));
		cell.setCellStyle(style);
	}

	/**
	 * A percent as the fraction a spreadsheet formats with "%"; an empty cell without a
	 * base.
	 */
	private static void percent(Row line, int column, PercentOfPlan percent, CellStyle style) {
		if (percent.value() != null) {
			Cell cell = line.createCell(column);
			cell.setCellValue(percent.value().divide(HUNDRED).doubleValue());
			cell.setCellStyle(style);
		}
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
		for (DirectiveView directive : summary.directives()) {
			Row line = sheet.createRow(r++);
			cell(line, 0, Markup.plain(directive.text()), styles.wrap);
			cell(line, 1, directive.responsible(), styles.wrap);
			cell(line, 2, this.formats.date(directive.deadline()), null);
			cell(line, 3, text("directive.status." + directive.status(), locale), null);
		}
		sheet.setColumnWidth(0, 100 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		sheet.setColumnWidth(2, 14 * 256);
		sheet.setColumnWidth(3, 16 * 256);
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

	private static final class Styles {

		final CellStyle bold;

		final CellStyle italic;

		final CellStyle header;

		final CellStyle wrap;

		final CellStyle number;

		final CellStyle percent;

		final CellStyle boldNumber;

		final CellStyle boldPercent;

		Styles(XSSFWorkbook workbook) {
			Font boldFont = workbook.createFont();
			boldFont.setBold(true);
			Font italicFont = workbook.createFont();
			italicFont.setItalic(true);
			short numberFormat = workbook.createDataFormat().getFormat("#,##0.###");
			short percentFormat = workbook.createDataFormat().getFormat("0.0%");
			this.bold = workbook.createCellStyle();
			this.bold.setFont(boldFont);
			this.italic = workbook.createCellStyle();
			this.italic.setFont(italicFont);
			this.header = workbook.createCellStyle();
			this.header.setFont(boldFont);
			this.header.setWrapText(true);
			this.wrap = workbook.createCellStyle();
			this.wrap.setWrapText(true);
			this.number = workbook.createCellStyle();
			this.number.setDataFormat(numberFormat);
			this.percent = workbook.createCellStyle();
			this.percent.setDataFormat(percentFormat);
			this.boldNumber = workbook.createCellStyle();
			this.boldNumber.setDataFormat(numberFormat);
			this.boldNumber.setFont(boldFont);
			this.boldPercent = workbook.createCellStyle();
			this.boldPercent.setDataFormat(percentFormat);
			this.boldPercent.setFont(boldFont);
		}

	}

}
