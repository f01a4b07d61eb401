package org.programtracker.report.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportHeaderRepository extends JpaRepository<ReportHeader, Long> {

	/**
	 * The header of every report of the unit that has none of its own.
	 */
	Optional<ReportHeader> findByOrgUnitIdAndYearIsNull(long orgUnitId);

	/**
	 * The header of the unit's report of one quarter, where it differs from the unit's.
	 */
	Optional<ReportHeader> findByOrgUnitIdAndYearAndQuarter(long orgUnitId, int year, int quarter);

}
