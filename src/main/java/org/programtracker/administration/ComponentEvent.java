package org.programtracker.administration;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A program's component was created, changed or deleted by an administrator. Published in
 * the transaction of the change.
 */
public sealed interface ComponentEvent extends AuditedEvent {

	long componentId();

	record ComponentCreated(long componentId, AuditedChange change) implements ComponentEvent {

	}

	record ComponentChanged(long componentId, AuditedChange change) implements ComponentEvent {

	}

	record ComponentDeleted(long componentId, AuditedChange change) implements ComponentEvent {

	}

}
