package org.programtracker.audit;

import java.util.Collection;
import java.util.List;

import org.programtracker.kernel.AuditSubject;

import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findByPlanLineIdOrderByAtDescIdDesc(Long planLineId);

	List<AuditEntry> findByOrgUnitIdInAndYearAndQuarterOrderByAtDescIdDesc(Collection<Long> orgUnitIds, Integer year,
			Integer quarter);

	List<AuditEntry> findBySubjectAndSubjectIdOrderByIdAsc(AuditSubject subject, Long subjectId);

	List<AuditEntry> findBySubjectAndOrgUnitIdAndYearIsNullOrderByAtDescIdDesc(AuditSubject subject, Long orgUnitId);

	List<AuditEntry> findBySubjectAndOrgUnitIdAndYearAndQuarterOrderByAtDescIdDesc(AuditSubject subject, Long orgUnitId,
			Integer year, Integer quarter);

}
