package org.programtracker.reorganisation;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

/**
 * A unit was moved, merged, split or closed from an effective date.
 *
 * @param unitId the unit
 * @param change the audit row
 */
public record ReorganisationEvent(long unitId, AuditedChange change) implements AuditedEvent {

}
