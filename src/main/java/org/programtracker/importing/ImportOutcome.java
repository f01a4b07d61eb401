package org.programtracker.importing;

import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.disbursement.EntryValues;

/**
 * What an import does, row by row: the entry each row creates or changes (before and
 * after), or leaves as it was; whether it was written ({@code dryRun} false) or only
 * tried in a transaction rolled back, for the preview.
 */
public record ImportOutcome(boolean dryRun, List<RowOutcome> rows) {

	public long count(Action action) {
		return this.rows.stream().filter(row -> row.action() == action).count();
	}

	/**
	 * What a row does to its plan line's entry of the quarter.
	 */
	public enum Action {

		CREATE, CHANGE, SAME

	}

	/**
	 * One row of the file: its number in the sheet, its plan line, and its entry before
	 * (none for a new one) and after.
	 */
	public record RowOutcome(int row, String orgUnit, String program, String component, CapitalType capitalType,
			int originYear, Action action, EntryValues before, EntryValues after) {

	}

}
