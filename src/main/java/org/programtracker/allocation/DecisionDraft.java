package org.programtracker.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new decision as far as it was typed, any part missing ({@code null}) where the form
 * could not read it: what {@link AllocationService#violations} checks, so that a form
 * shows every rule broken at once, beside the messages of the fields that did not read.
 */
public record DecisionDraft(String orgUnit, String program, String component, CapitalType capitalType, Integer planYear,
		Integer originYear, AllocationKind kind, String decisionNumber, LocalDate decisionDate, BigDecimal amountVnd,
		String note) {

	static DecisionDraft of(DecisionCommand command) {
		PlanLineKey line = command.line();
		return new DecisionDraft(line.orgUnit(), line.program(), line.component(), line.capitalType(), line.planYear(),
				line.originYear(), command.kindOrDefault(), command.decisionNumber(), command.decisionDate(),
				command.amountVnd(), command.note());
	}

}
