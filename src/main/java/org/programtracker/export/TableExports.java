package org.programtracker.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.programtracker.export.ExportTable.Column;
import org.programtracker.export.ExportTable.Kind;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.PercentOfPlan;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes an {@link ExportTable} as the file a browser downloads, in the reader's
 * language.
 * <ul>
 * <li>Amounts are whole đồng: exact in both formats (a number cell of the XLSX holds up
 * to 2^53 đồng exactly, far above 10^15), headed «(đồng)».</li>
 * <li>The CSV is RFC 4180 with a UTF-8 byte-order mark and CRLF line ends; a percentage
 * and a date are written as the page shows them.</li>
 * <li>The XLSX has its title, bold headings with borders, frozen headings, a filter, page
 * setup for A4 landscape one page wide, and streams its rows, so a long register does not
 * fill the memory.</li>
 * <li>A text cell beginning with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return is written with a leading apostrophe, so that no spreadsheet runs it as
 * a formula.</li>
 * </ul>
 */
@Component
public class TableExports {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter FILE_DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final MessageSource messages;

	private final Formats formats;

	private final Clock clock;

	TableExports(MessageSource messages, Formats formats, Clock clock) {
		this.messages = messages;
		this.formats = formats;
		this.clock = clock;
	}

	/**
	 * The table as a download named {@code <fileName>-<yyyyMMdd>.<extension>}.
	 */
	public ResponseEntity<byte[]> download(ExportTable table, ExportFormat format, String fileName) {
		Locale locale = LocaleContextHolder.getLocale();
		byte[] body = (format == ExportFormat.CSV) ? csv(table, locale) : xlsx(table, locale);
		String name = fileName + "-" + FILE_DAY.format(LocalDate.now(this.clock)) + "." + format.extension();
		return ResponseEntity.ok()
			.contentType(format.mediaType())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * A text as a spreadsheet takes it for a value, never for a formula.
	 */
	static String neutralised(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		char first = text.charAt(0);
		boolean formulaLike = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
				|| first == '\r';
		return formulaLike ? "'" + text : text;
	}

	byte[] csv(ExportTable table, Locale locale) {
		StringBuilder out = new StringBuilder();
		List<Column> columns = table.columns();
		for (int i = 0; i < columns.size(); i++) {
			out.append((i == 0) ? "" : ",").append(quoted(heading(columns.get(i), locale)));
		}
		out.append("\r\n");
		for (Object[] row : table.rows()) {
			for (int i = 0; i < columns.size(); i++) {
				out.append((i == 0) ? "" : ",").append(quoted(csvCell(columns.get(i).kind(), row[i], locale)));
			}
			out.append("\r\n");
		}
		byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(text, 0, file, BOM.length, text.length);
		return file;
	}

	private String csvCell(Kind kind, Object value, Locale locale) {
		if (value == null) {
			return "";
		}
		return switch (kind) {
			case TEXT -> neutralised(text(value, locale));
			case DATE -> this.formats.date((LocalDate) value);
			case AMOUNT -> ((BigDecimal) value).toPlainString();
			case PERCENT -> percentText((PercentOfPlan) value, locale);
			case NUMBER -> value.toString();
		};
	}

	private static String quoted(String cell) {
		if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
			return cell;
		}
		return "\"" + cell.replace("\"", "\"\"") + "\"";
	}

	byte[] xlsx(ExportTable table, Locale locale) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			SXSSFSheet sheet = workbook.createSheet(sheetName(title(table, locale)));
			List<Column> columns = table.columns();
			Styles styles = new Styles(workbook);
			Row title = sheet.createRow(0);
			Cell titleCell = title.createCell(0);
			titleCell.setCellValue(title(table, locale));
			titleCell.setCellStyle(styles.title);
			Row headings = sheet.createRow(2);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = headings.createCell(i);
				cell.setCellValue(heading(columns.get(i), locale));
				cell.setCellStyle(styles.heading);
			}
			int r = 3;
			for (Object[] values : table.rows()) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < columns.size(); i++) {
					xlsxCell(row.createCell(i), columns.get(i).kind(), values[i], styles, locale);
				}
			}
			sheet.createFreezePane(0, 3);
			if (!columns.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(2, Math.max(2, r - 1), 0, columns.size() - 1));
			}
			for (int i = 0; i < columns.size(); i++) {
				sheet.setColumnWidth(i, width(columns.get(i).kind()));
			}
			sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, Math.max(0, columns.size() - 1)));
			PrintSetup print = sheet.getPrintSetup();
			print.setPaperSize(PrintSetup.A4_PAPERSIZE);
			print.setLandscape(true);
			print.setFitWidth((short) 1);
			print.setFitHeight((short) 0);
			sheet.setFitToPage(true);
			workbook.write(out);
			workbook.dispose();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void xlsxCell(Cell cell, Kind kind, Object value, Styles styles, Locale locale) {
		if (value == null) {
			cell.setCellStyle(styles.text);
			return;
		}
		switch (kind) {
			case TEXT -> {
				cell.setCellValue(neutralised(text(value, locale)));
				cell.setCellStyle(styles.text);
			}
			case DATE -> {
				cell.setCellValue((LocalDate) value);
				cell.setCellStyle(styles.date);
			}
			case AMOUNT -> {
				// A spreadsheet number is a double: exact for whole đồng up to 2^53.
				cell.setCellValue(((BigDecimal) value).doubleValue());
				cell.setCellStyle(styles.amount);
			}
			case PERCENT -> {
				PercentOfPlan percent = (PercentOfPlan) value;
				if (percent.value() == null) {
					cell.setCellValue(percentText(percent, locale));
					cell.setCellStyle(styles.text);
				}
				else {
					cell.setCellValue(percent.value().doubleValue());
					cell.setCellStyle(styles.percent);
				}
			}
			case NUMBER -> {
				cell.setCellValue(((Number) value).doubleValue());
				cell.setCellStyle(styles.number);
			}
		}
	}

	private static int width(Kind kind) {
		return switch (kind) {
			case TEXT -> 40 * 256;
			case DATE -> 12 * 256;
			case AMOUNT -> 20 * 256;
			case PERCENT -> 10 * 256;
			case NUMBER -> 8 * 256;
		};
	}

	private static String sheetName(String title) {
		String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
		return (name.length() > 31) ? name.substring(0, 31).strip() : name;
	}

	private String title(ExportTable table, Locale locale) {
		return this.messages.getMessage(table.titleKey(), table.titleArguments(), locale);
	}

	private String heading(Column column, Locale locale) {
		String heading = this.messages.getMessage(column.headingKey(), null, locale);
		return (column.kind() == Kind.AMOUNT) ? heading + " " + this.messages.getMessage("export.inDong", null, locale)
				: heading;
	}

	private static String text(Object value, Locale locale) {
		return (value instanceof LocalizedName name) ? name.in(locale) : value.toString();
	}

	private String percentText(PercentOfPlan percent, Locale locale) {
		return (percent.value() == null) ? this.messages.getMessage("status." + percent.status().name(), null, locale)
				: this.formats.percentNumber(percent);
	}

	private static final class Styles {

		final CellStyle title;

		final CellStyle heading;

		final CellStyle text;

		final CellStyle date;

		final CellStyle amount;

		final CellStyle percent;

		final CellStyle number;

		Styles(SXSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 13);
			this.title = workbook.createCellStyle();
			this.title.setFont(big);
			this.heading = bordered(workbook);
			this.heading.setFont(bold);
			this.heading.setWrapText(true);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.date = bordered(workbook);
			this.date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			this.amount = bordered(workbook);
			this.amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			this.percent = bordered(workbook);
			this.percent.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
			this.number = bordered(workbook);
			this.number.setDataFormat(workbook.createDataFormat().getFormat("0"));
		}

		private static CellStyle bordered(SXSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
