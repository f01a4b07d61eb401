package org.programtracker.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.allocation.CapitalType;

/**
 * What an import does, row by row: the figure each row creates or changes (before and
 * after, in đồng), or leaves as it was; whether it was written ({@code dryRun} false, in
 * batch {@code batchId}) or only tried in a transaction rolled back, for the preview.
 */
public record ImportOutcome(ImportKind kind, boolean dryRun, Long batchId, List<RowOutcome> rows) {

	public long count(Action action) {
		return this.rows.stream().filter(row -> row.action() == action).count();
	}

	/**
	 * The rows that create or change something.
	 */
	public long written() {
		return count(Action.CREATE) + count(Action.CHANGE);
	}

	/**
	 * What a row does: creates an entry, a decision or an assignment, changes an entry,
	 * or leaves it as it was.
	 */
	public enum Action {

		CREATE, CHANGE, SAME

	}

	/**
	 * One row of the file: its number in the sheet, its plan line (or, for an assignment,
	 * what is assigned to whom), the amount before (none for a new record) and after, and
	 * for a decision or an assignment its number and date.
	 */
	public record RowOutcome(int row, String orgUnit, String program, String component, CapitalType capitalType,
			int originYear, Action action, BigDecimal beforeVnd, BigDecimal afterVnd, String decisionNumber,
			LocalDate decisionDate) {

	}

}
