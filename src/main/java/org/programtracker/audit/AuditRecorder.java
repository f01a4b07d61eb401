package org.programtracker.audit;

import java.time.Clock;
import java.time.Instant;

import org.programtracker.kernel.AuditBatch;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes the audit row of every {@link AuditedEvent} while the event is published: in the
 * publisher's transaction, before it commits, so that a change and its audit row are
 * committed, or rolled back, together.
 * <p>
 * A plain synchronous listener joining the transaction ({@code MANDATORY}) rather than a
 * {@code @TransactionalEventListener(BEFORE_COMMIT)}: the latter silently drops an event
 * published without a transaction, never runs in a transaction that is rolled back (every
 * test that rolls back would see no audit row), and would write the row after later
 * statements of the same transaction, which may already have deleted the plan line it
 * names. Here an event published outside a transaction, or inside a read-only one, fails
 * the publisher at once.
 */
@Component
class AuditRecorder {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditedEvent event) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalTransactionStateException(
					"An audited change needs a read-write transaction: " + event.getClass().getName());
		}
		AuditedChange change = event.change();
		AuditEntry entry = new AuditEntry(Instant.now(this.clock), change.username(), change.action(), change.subject(),
				change.subjectId())
			.about(change.planLineId(), change.orgUnitId(), change.year(), change.quarter())
			.values(AuditValues.toJson(change.before()), AuditValues.toJson(change.after()), change.note())
			.inBatch(AuditBatch.current());
		this.entries.save(entry);
	}

}
