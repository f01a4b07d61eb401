package org.programtracker.administration;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * An org unit was created, changed, closed, reopened or deleted by an administrator.
 * Published in the transaction of the change.
 */
public sealed interface OrgUnitEvent extends AuditedEvent {

	long unitId();

	record OrgUnitCreated(long unitId, AuditedChange change) implements OrgUnitEvent {

	}

	record OrgUnitChanged(long unitId, AuditedChange change) implements OrgUnitEvent {

	}

	record OrgUnitClosed(long unitId, AuditedChange change) implements OrgUnitEvent {

	}

	record OrgUnitReopened(long unitId, AuditedChange change) implements OrgUnitEvent {

	}

	record OrgUnitDeleted(long unitId, AuditedChange change) implements OrgUnitEvent {

	}

}
