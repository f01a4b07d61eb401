package org.programtracker.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the audit trail, newest first where people read it. Rows are written by
 * {@link AuditRecorder} from the domain events of each feature, never through this
 * service. Nothing here knows who may read what: the caller has checked the scope.
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

	private final AuditEntryRepository entries;

	AuditTrail(AuditEntryRepository entries) {
		this.entries = entries;
	}

	/**
	 * Every change of a plan line's decisions and entries, newest first.
	 */
	public List<AuditRecord> ofPlanLine(long planLineId) {
		return records(this.entries.findByPlanLineIdOrderByAtDescIdDesc(planLineId));
	}

	/**
	 * Every change counted in a quarter of one of these units, newest first.
	 */
	public List<AuditRecord> ofUnitsInQuarter(Collection<Long> orgUnitIds, int year, int quarter) {
		if (orgUnitIds.isEmpty()) {
			return List.of();
		}
		return records(this.entries.findByOrgUnitIdInAndYearAndQuarterOrderByAtDescIdDesc(orgUnitIds, year, quarter));
	}

	/**
	 * Every change of one record, oldest first.
	 */
	public List<AuditRecord> ofSubject(AuditSubject subject, long subjectId) {
		return records(this.entries.findBySubjectAndSubjectIdOrderByIdAsc(subject, subjectId));
	}

	/**
	 * Every change of a kind of record a unit keeps, newest first: those counted in the
	 * quarter, or without one ({@code year} {@code null}) those it keeps for all its
	 * quarters; the header of its reports, say, or of its report of a quarter.
	 */
	public List<AuditRecord> ofSubjectAtUnit(AuditSubject subject, long orgUnitId, Integer year, Integer quarter) {
		return records((year == null)
				? this.entries.findBySubjectAndOrgUnitIdAndYearIsNullOrderByAtDescIdDesc(subject, orgUnitId)
				: this.entries.findBySubjectAndOrgUnitIdAndYearAndQuarterOrderByAtDescIdDesc(subject, orgUnitId, year,
						quarter));
	}

	/**
	 * Every change written as part of an import batch (the import's, then its undo's),
	 * oldest first.
	 */
	public List<AuditRecord> ofBatch(long importBatchId) {
		return records(this.entries.findByImportBatchIdOrderByIdAsc(importBatchId));
	}

	/**
	 * The changes of a batch whose record was changed again afterwards, outside the
	 * batch: those an undo of the batch would overwrite.
	 */
	public List<AuditRecord> changedAfter(long importBatchId) {
		return records(this.entries.findChangedAfterBatch(importBatchId));
	}

	private static List<AuditRecord> records(List<AuditEntry> entries) {
		return entries.stream()
			.map(entry -> new AuditRecord(entry.getId(), entry.getAt(), entry.getUsername(), entry.getAction(),
					entry.getSubject(), entry.getSubjectId(), entry.getPlanLineId(), entry.getOrgUnitId(),
					entry.getYear(), entry.getQuarter(), AuditValues.fromJson(entry.getOldValue()),
					AuditValues.fromJson(entry.getNewValue()), entry.getNote(), entry.getImportBatchId()))
			.toList();
	}

	/**
	 * One audited change as written. {@code before} and {@code after} hold the fields of
	 * the record (numbers as exact decimals, dates as ISO text); {@code before} is
	 * {@code null} for a creation, {@code after} for a deletion. {@code importBatchId}
	 * names the import the change was part of, if any.
	 */
	public record AuditRecord(long id, Instant at, String username, AuditAction action, AuditSubject subject,
			Long subjectId, Long planLineId, Long orgUnitId, Integer year, Integer quarter, Map<String, Object> before,
			Map<String, Object> after, String note, Long importBatchId) {

	}

}
