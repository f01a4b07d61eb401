package org.programtracker.audit;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;

import org.programtracker.kernel.AuditBatch;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvent;
import org.programtracker.kernel.AuditedEvents;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRecorder(AuditEntryRepository entries, JdbcClient jdbc, Clock clock) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(AuditedEvent event) {
		requireReadWrite(event);
		AuditedChange change = event.change();
		AuditEntry entry = new AuditEntry(Instant.now(this.clock), change.username(), change.action(), change.subject(),
				change.subjectId())
			.about(change.planLineId(), change.orgUnitId(), change.year(), change.quarter())
			.values(AuditValues.toJson(change.before()), AuditValues.toJson(change.after()), change.note())
			.inBatch(AuditBatch.current());
		this.entries.save(entry);
	}

	/**
	 * The audit rows of many changes, written by one statement (the rows as arrays,
	 * unnested), as {@link #record(AuditedEvent)} writes one.
	 */
	@EventListener
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordAll(AuditedEvents batch) {
		if (batch.events().isEmpty()) {
			return;
		}
		requireReadWrite(batch);
		int size = batch.events().size();
		String[] usernames = new String[size];
		String[] actions = new String[size];
		String[] subjects = new String[size];
		Long[] subjectIds = new Long[size];
		Long[] lineIds = new Long[size];
		Long[] unitIds = new Long[size];
		Integer[] years = new Integer[size];
		Integer[] quarters = new Integer[size];
		String[] before = new String[size];
		String[] after = new String[size];
		String[] notes = new String[size];
		for (int i = 0; i < size; i++) {
			AuditedChange change = batch.events().get(i).change();
			usernames[i] = change.username();
			actions[i] = change.action().name();
			subjects[i] = change.subject().name();
			subjectIds[i] = change.subjectId();
			lineIds[i] = change.planLineId();
			unitIds[i] = change.orgUnitId();
			years[i] = change.year();
			quarters[i] = change.quarter();
			before[i] = AuditValues.toJson(change.before());
			after[i] = AuditValues.toJson(change.after());
			notes[i] = change.note();
		}
		this.entries.flush();
		this.jdbc.sql("""
				insert into audit_entry (at, username, action, subject, subject_id, plan_line_id, org_unit_id, year,
				                         quarter, old_value, new_value, note, import_batch_id)
				select :at, r.username, r.action, r.subject, r.subject_id, r.plan_line_id, r.org_unit_id, r.year,
				       r.quarter, cast(r.old_value as jsonb), cast(r.new_value as jsonb), r.note, :batch
				from unnest(:usernames, :actions, :subjects, :subjectIds, :lineIds, :unitIds, :years, :quarters,
				            :before, :after, :notes)
				     with ordinality as r (username, action, subject, subject_id, plan_line_id, org_unit_id, year,
				                           quarter, old_value, new_value, note, n)
				order by r.n
				""")
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.param("batch", AuditBatch.current(), Types.BIGINT)
			.param("usernames", usernames)
			.param("actions", actions)
			.param("subjects", subjects)
			.param("subjectIds", subjectIds)
			.param("lineIds", lineIds)
			.param("unitIds", unitIds)
			.param("years", years)
			.param("quarters", quarters)
			.param("before", before)
			.param("after", after)
			.param("notes", notes)
			.update();
	}

	private static void requireReadWrite(Object event) {
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			throw new IllegalTransactionStateException(
					"An audited change needs a read-write transaction: " + event.getClass().getName());
		}
	}

}
