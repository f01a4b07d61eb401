package org.programtracker.audit;

import java.util.Collection;
import java.util.List;

import org.programtracker.kernel.AuditSubject;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByPlanLineIdOrderByAtDescIdDesc(Long planLineId);

	List<AuditEntry> findByOrgUnitIdInAndYearAndQuarterOrderByAtDescIdDesc(Collection<Long> orgUnitIds, Integer year,
			Integer quarter);

	List<AuditEntry> findBySubjectAndSubjectIdOrderByIdAsc(AuditSubject subject, Long subjectId);

	List<AuditEntry> findBySubjectAndOrgUnitIdAndYearIsNullOrderByAtDescIdDesc(AuditSubject subject, Long orgUnitId);

	List<AuditEntry> findBySubjectAndOrgUnitIdAndYearAndQuarterOrderByAtDescIdDesc(AuditSubject subject, Long orgUnitId,
			Integer year, Integer quarter);

	List<AuditEntry> findByImportBatchIdOrderByIdAsc(Long importBatchId);

	/**
	 * The batch's rows whose record (the same subject and id, or for a quarter's entry
	 * the same plan line and quarter) has a later audit row written outside the batch.
	 */
	@Query("""
			select b from AuditEntry b where b.importBatchId = :batch and exists (
				select 1 from AuditEntry l where l.id > b.id and (l.importBatchId is null or l.importBatchId <> :batch)
				and l.subject = b.subject
				and ((l.subjectId = b.subjectId)
					or (b.subject = org.programtracker.kernel.AuditSubject.DISBURSEMENT
						and l.planLineId = b.planLineId and l.quarter = b.quarter)))
			order by b.id
			""")
	List<AuditEntry> findChangedAfterBatch(@Param("batch") Long batch);

}
