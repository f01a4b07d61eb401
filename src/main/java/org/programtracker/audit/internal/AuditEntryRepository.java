package org.programtracker.audit.internal;

import org.programtracker.audit.AuditSubject;
import org.programtracker.audit.AuditEntry;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	List<AuditEntry> findBySubjectAndSubjectIdOrderByIdAsc(AuditSubject subject, Long subjectId);

}
