package org.programtracker.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An allocation decision or adjustment as entered, the amount already in đồng. Without a
 * kind, a negative amount is an adjustment and any other an allocation.
 */
public record DecisionCommand(PlanLineKey line, AllocationKind kind, String decisionNumber, LocalDate decisionDate,
		BigDecimal amountVnd, String note) {

	public DecisionCommand withNote(String note) {
		return new DecisionCommand(this.line, this.kind, this.decisionNumber, this.decisionDate, this.amountVnd, note);
	}

	AllocationKind kindOrDefault() {
		if (this.kind != null) {
			return this.kind;
		}
		return (this.amountVnd != null && this.amountVnd.signum() < 0) ? AllocationKind.ADJUSTMENT
				: AllocationKind.ALLOCATION;
	}

}
