package org.programtracker.period;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A reporting quarter was closed, or reopened with a reason; or a decision set a plan
 * year's deadline. Published in the transaction of the change.
 */
public sealed interface PeriodEvent extends AuditedEvent {

	Quarter quarter();

	record PeriodClosed(Quarter quarter, AuditedChange change) implements PeriodEvent {

	}

	record PeriodReopened(Quarter quarter, AuditedChange change) implements PeriodEvent {

	}

	/**
	 * The quarter was closed for the subtree of one unit only.
	 */
	record PeriodClosedForUnit(Quarter quarter, long orgUnitId, AuditedChange change) implements PeriodEvent {

	}

	record PeriodReopenedForUnit(Quarter quarter, long orgUnitId, AuditedChange change) implements PeriodEvent {

	}

	/**
	 * The deadline of the plan year of {@code quarter}, its extension period, was set.
	 */
	record DeadlineSet(Quarter quarter, AuditedChange change) implements PeriodEvent {

	}

}
