package org.programtracker.carryover;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A line's remainder was carried over or lapsed after its plan year's deadline. Published
 * in the transaction of the decision.
 */
public sealed interface CarryOverEvent extends AuditedEvent {

	long planLineId();

	record OutcomeRecorded(long outcomeId, long planLineId, YearEndOutcomeKind outcome,
			AuditedChange change) implements CarryOverEvent {

	}

}
