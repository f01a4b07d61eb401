package org.programtracker.kernel;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads RFC 4180 CSV with a header row into records keyed by column name. Quoted fields
 * may hold commas, doubled quotes and line breaks.
 */
public final class CsvReader {

	private CsvReader() {
	}

	public static List<Map<String, String>> read(InputStream input) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8))) {
			List<List<String>> rows = parse(reader);
			if (rows.isEmpty()) {
				return List.of();
			}
			List<String> header = rows.get(0);
			List<Map<String, String>> records = new ArrayList<>();
			for (List<String> row : rows.subList(1, rows.size())) {
				if (row.size() == 1 && row.get(0).isEmpty()) {
					continue;
				}
				if (row.size() != header.size()) {
					throw new IllegalArgumentException("Expected " + header.size() + " fields but found " + row.size()
							+ ": " + String.join(",", row));
				}
				Map<String, String> record = new LinkedHashMap<>();
				for (int i = 0; i < header.size(); i++) {
					record.put(header.get(i), row.get(i));
				}
				records.add(record);
			}
			return records;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<List<String>> parse(BufferedReader reader) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		int next;
		while ((next = reader.read()) != -1) {
			char c = (char) next;
			if (quoted) {
				if (c == '"') {
					reader.mark(1);
					if (reader.read() == '"') {
						field.append('"');
					}
					else {
						reader.reset();
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (c == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			}
			else if (c != '\r') {
				field.append(c);
			}
		}
		if (field.length() > 0 || !row.isEmpty()) {
			row.add(field.toString());
			rows.add(row);
		}
		if (quoted) {
			throw new IllegalArgumentException("A quoted field is not closed");
		}
		return rows;
	}

}
