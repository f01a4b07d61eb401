package org.programtracker.disbursement;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * What was disbursed on a plan line in a quarter was entered for the first time, changed,
 * or withdrawn (an import undone). Published in the transaction of the change.
 */
public sealed interface EntryEvent extends AuditedEvent {

	long entryId();

	long planLineId();

	int quarter();

	record EntryRecorded(long entryId, long planLineId, int quarter, AuditedChange change) implements EntryEvent {

	}

	record EntryChanged(long entryId, long planLineId, int quarter, AuditedChange change) implements EntryEvent {

	}

	record EntryWithdrawn(long entryId, long planLineId, int quarter, AuditedChange change) implements EntryEvent {

	}

}
