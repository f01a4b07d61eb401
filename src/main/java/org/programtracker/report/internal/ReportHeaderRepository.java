package org.programtracker.report.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportHeaderRepository extends JpaRepository<ReportHeader, Long> {

	Optional<ReportHeader> findByOrgUnitId(long orgUnitId);

}
