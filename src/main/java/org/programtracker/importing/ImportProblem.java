package org.programtracker.importing;

import java.util.List;

/**
 * What is wrong in an imported sheet: on which row (as the spreadsheet numbers it; 0 for
 * the file as a whole) and in which column, as a message key and its arguments.
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

	static ImportProblem of(int row, String column, String messageKey, Object... arguments) {
		return new ImportProblem(row, column, messageKey, List.of(arguments));
	}

	public Object[] argumentArray() {
		return this.arguments.toArray();
	}

}
