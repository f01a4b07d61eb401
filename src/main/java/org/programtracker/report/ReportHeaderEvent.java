package org.programtracker.report;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;
import org.programtracker.period.Quarter;

/**
 * How a unit's reports are headed, signed and sent was stated, or one report's own header
 * was stated or dropped (the report then carries the unit's again). Published in the
 * transaction of the change.
 *
 * @param orgUnitId the unit whose reports are headed
 * @param quarter the report's quarter, {@code null} for the header of the unit's reports
 */
public record ReportHeaderEvent(long orgUnitId, Quarter quarter, AuditedChange change) implements AuditedEvent {

}
