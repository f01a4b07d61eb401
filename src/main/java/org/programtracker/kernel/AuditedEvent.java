package org.programtracker.kernel;

/**
 * A domain event whose change goes into the audit trail. The audit feature records it in
 * the transaction that publishes it, before that transaction commits; publishing one
 * outside a transaction fails, so that no change goes unaudited and no audit row outlives
 * its change.
 */
public interface AuditedEvent {

	AuditedChange change();

}
