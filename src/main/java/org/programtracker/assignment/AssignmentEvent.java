package org.programtracker.assignment;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * An assignment was recorded, changed or deleted. Published in the transaction of the
 * change, which the audit trail records before it commits.
 */
public sealed interface AssignmentEvent extends AuditedEvent {

	long assignmentId();

	record AssignmentRecorded(long assignmentId, AuditedChange change) implements AssignmentEvent {

	}

	record AssignmentChanged(long assignmentId, AuditedChange change) implements AssignmentEvent {

	}

	record AssignmentDeleted(long assignmentId, AuditedChange change) implements AssignmentEvent {

	}

}
