package org.programtracker.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the tests' tables (the seed report, the access matrix) and the demo data: RFC
 * 4180 CSV with a header row, into records keyed by column name.
 */
public final class CsvFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private CsvFiles() {
	}

	public static List<Map<String, String>> read(InputStream input) {
		try (CSVParser parser = FORMAT.parse(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			return parser.stream().map(CsvFiles::fields).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> fields(CSVRecord record) {
		assertThat(record.isConsistent()).as("the fields of line %d", record.getParser().getCurrentLineNumber())
			.isTrue();
		return record.toMap();
	}

}
