package org.programtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A CSV file read as a sheet of text cells, so that it goes through the same checks as a
 * workbook: UTF-8 with or without a byte-order mark, cells separated by commas or (as
 * Excel writes them where the comma is the decimal separator) semicolons, whichever the
 * first line uses more, quoted the RFC 4180 way (read by Commons CSV). Nothing in it is
 * ever evaluated: a cell that looks like a formula is text, refused by the column that
 * reads it.
 */
final class CsvSheet {

	private CsvSheet() {
	}

	/**
	 * The file as a one-sheet workbook; reading stops after {@code maxRows} rows and one,
	 * so that an oversized file is refused by its row count without being read whole.
	 */
	static Workbook workbook(InputStream input, int maxRows) throws IOException {
		String text = utf8(input.readAllBytes());
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).get();
		Workbook workbook = new XSSFWorkbook();
		Sheet sheet = workbook.createSheet();
		try (CSVParser parser = format.parse(new StringReader(text))) {
			int rowNumber = 0;
			for (CSVRecord record : parser) {
				if (rowNumber > maxRows + 1) {
					break;
				}
				row(sheet, rowNumber++, record.toList());
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notASheet")));
		}
		return workbook;
	}

	private static void row(Sheet sheet, int number, List<String> cells) {
		if (cells.stream().allMatch(String::isBlank)) {
			return;
		}
		Row row = sheet.createRow(number);
		for (int c = 0; c < cells.size(); c++) {
			if (!cells.get(c).isEmpty()) {
				row.createCell(c).setCellValue(cells.get(c));
			}
		}
	}

	private static String utf8(byte[] bytes) throws IOException {
		int start = (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF)
				? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notUtf8")));
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
			throw new ImportRejectedException(List.of(ImportProblem.of(0, "", "import.notASheet")));
		}
		return text;
	}

	private static char separator(String text) {
		int end = text.indexOf('\n');
		String first = (end < 0) ? text : text.substring(0, end);
		long semicolons = first.chars().filter(c -> c == ';').count();
		long commas = first.chars().filter(c -> c == ',').count();
		return (semicolons > commas) ? ';' : ',';
	}

}
