package org.programtracker.administration;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A program was created, changed or deleted by an administrator. Published in the
 * transaction of the change.
 */
public sealed interface ProgramEvent extends AuditedEvent {

	long programId();

	record ProgramCreated(long programId, AuditedChange change) implements ProgramEvent {

	}

	record ProgramChanged(long programId, AuditedChange change) implements ProgramEvent {

	}

	record ProgramDeleted(long programId, AuditedChange change) implements ProgramEvent {

	}

}
