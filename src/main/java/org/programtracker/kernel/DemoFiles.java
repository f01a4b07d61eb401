package org.programtracker.kernel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;

/**
 * The demo data's CSV files under {@code demo/} on the classpath: RFC 4180 with a header
 * row, read into records keyed by column name.
 */
public final class DemoFiles {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private DemoFiles() {
	}

	public static List<Map<String, String>> read(String file) {
		try (Reader reader = new InputStreamReader(new ClassPathResource("demo/" + file).getInputStream(),
				StandardCharsets.UTF_8); CSVParser parser = FORMAT.parse(reader)) {
			return parser.stream().map(record -> fields(file, record)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> fields(String file, CSVRecord record) {
		if (!record.isConsistent()) {
			throw new IllegalArgumentException(
					"demo/" + file + ", line " + record.getParser().getCurrentLineNumber() + ": expected "
							+ record.getParser().getHeaderNames().size() + " fields but found " + record.size());
		}
		return record.toMap();
	}

}
