package org.programtracker.audit;

import org.programtracker.audit.internal.AuditEntryRepository;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit rows. It joins the caller's transaction and refuses to run without one, so
 * a change and its audit row are committed, or rolled back, together.
 */
@Service
public class AuditTrail {

	private final AuditEntryRepository entries;

	private final Clock clock;

	AuditTrail(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public AuditEntry record(Change change) {
		AuditEntry entry = new AuditEntry(Instant.now(this.clock), change.username(), change.action(), change.subject(),
				change.subjectId())
			.about(change.planLineId(), change.orgUnitId(), change.year(), change.quarter())
			.values(change.oldValue(), change.newValue(), change.note());
		return this.entries.save(entry);
	}

	/**
	 * What to record. {@code oldValue} is {@code null} for a creation, {@code newValue}
	 * for a deletion.
	 */
	public record Change(String username, AuditAction action, AuditSubject subject, Long subjectId, Long planLineId,
			Long orgUnitId, Integer year, Integer quarter, String oldValue, String newValue, String note) {

	}

}
