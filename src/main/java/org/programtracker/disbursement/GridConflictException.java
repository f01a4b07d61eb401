package org.programtracker.disbursement;

import java.math.BigDecimal;
import java.util.List;

/**
 * Rows someone else saved since the grid was shown, and that the user changed too;
 * nothing was written. The user chooses between their values and the current ones.
 */
public class GridConflictException extends RuntimeException {

	private final List<Conflict> conflicts;

	GridConflictException(List<Conflict> conflicts) {
		super(conflicts.size() + " rows were changed by someone else");
		this.conflicts = List.copyOf(conflicts);
	}

	public List<Conflict> getConflicts() {
		return this.conflicts;
	}

	/**
	 * The row at {@code index} of the submitted grid: what the user typed, and what is
	 * saved now with its version.
	 */
	public record Conflict(int index, long lineId, BigDecimal yourAmountVnd, BigDecimal yourAdvanceVnd,
			BigDecimal yourRecoveredVnd, BigDecimal currentAmountVnd, BigDecimal currentAdvanceVnd,
			BigDecimal currentRecoveredVnd, String currentNote, long currentVersion) {

	}

}
