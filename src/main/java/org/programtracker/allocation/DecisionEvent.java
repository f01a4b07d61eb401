package org.programtracker.allocation;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * An allocation decision was recorded, changed or deleted. Published in the transaction
 * of the change.
 */
public sealed interface DecisionEvent extends AuditedEvent {

	long decisionId();

	long planLineId();

	record DecisionRecorded(long decisionId, long planLineId, AuditedChange change) implements DecisionEvent {

	}

	record DecisionChanged(long decisionId, long planLineId, AuditedChange change) implements DecisionEvent {

	}

	record DecisionDeleted(long decisionId, long planLineId, AuditedChange change) implements DecisionEvent {

	}

}
