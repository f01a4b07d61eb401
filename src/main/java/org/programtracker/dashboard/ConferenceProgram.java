package org.programtracker.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;

/**
 * One program's slide of the conference view: its rows of the report (one a capital
 * type), in the report's order.
 *
 * @param code the program's code
 * @param name its name in the page's language
 * @param rows its rows
 */
record ConferenceProgram(String code, String name, List<ProgressRow> rows) {

	static List<ConferenceProgram> of(ProgressReport report, Locale locale) {
		Map<String, List<ProgressRow>> byProgram = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		for (ProgressRow row : report.rows()) {
			if (row.code() == null) {
				continue;
			}
			byProgram.computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row);
			names.putIfAbsent(row.code(), row.name().in(locale));
		}
		return byProgram.entrySet()
			.stream()
			.map(entry -> new ConferenceProgram(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
			.toList();
	}

}
