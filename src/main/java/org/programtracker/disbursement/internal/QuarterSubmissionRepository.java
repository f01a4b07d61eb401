package org.programtracker.disbursement.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuarterSubmissionRepository extends JpaRepository<QuarterSubmission, Long> {

	Optional<QuarterSubmission> findByOrgUnitAndYearAndQuarter(OrgUnit orgUnit, int year, int quarter);

	/**
	 * The units of a subtree with plan lines in the year (of {@code programIds} unless
	 * {@code allPrograms}), in tree order, each with its submission of the quarter if
	 * any: one query.
	 */
	@Query("""
			select new org.programtracker.disbursement.internal.QuarterSubmissionRepository$ReportingUnit(u, s)
			from OrgUnit u
			left join QuarterSubmission s on s.orgUnit = u and s.year = :year and s.quarter = :quarter
			where u.path like :subtree escape '!'
			  and exists (select 1 from PlanLine l where l.orgUnit = u and l.planYear = :year
			              and (:allPrograms = true or l.program.id in :programIds))
			order by u.path
			""")
	List<ReportingUnit> findReportingUnits(String subtree, int year, int quarter, boolean allPrograms,
			Set<Long> programIds);

	/**
	 * A unit that reports in the year, and its submission of the quarter or {@code null}.
	 */
	record ReportingUnit(OrgUnit unit, QuarterSubmission submission) {

	}

}
