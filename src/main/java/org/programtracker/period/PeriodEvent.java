package org.programtracker.period;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A reporting quarter was closed, or reopened with a reason. Published in the transaction
 * of the change.
 */
public sealed interface PeriodEvent extends AuditedEvent {

	Quarter quarter();

	record PeriodClosed(Quarter quarter, AuditedChange change) implements PeriodEvent {

	}

	record PeriodReopened(Quarter quarter, AuditedChange change) implements PeriodEvent {

	}

}
