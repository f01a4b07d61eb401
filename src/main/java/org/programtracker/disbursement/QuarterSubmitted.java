package org.programtracker.disbursement;

import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;
import org.programtracker.period.Quarter;

/**
 * A unit marked its figures of a quarter as submitted. Published in the transaction of
 * the submission.
 */
public record QuarterSubmitted(long orgUnitId, Quarter quarter, AuditedChange change) implements AuditedEvent {

}
