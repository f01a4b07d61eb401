package org.programtracker.disbursement;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuarterSubmissionRepository extends JpaRepository<QuarterSubmission, Long> {

	Optional<QuarterSubmission> findByOrgUnitAndYearAndQuarter(OrgUnit orgUnit, int year, int quarter);

	List<QuarterSubmission> findByYearAndQuarter(int year, int quarter);

	/**
	 * The units of a subtree with plan lines in the year (of {@code programIds} unless
	 * {@code allPrograms}) that have not marked the quarter submitted, in tree order.
	 */
	@Query("""
			select new org.programtracker.disbursement.UnsubmittedUnit(u.code, u.name)
			from OrgUnit u
			where u.path like :subtree escape '!'
			  and exists (select 1 from PlanLine l where l.orgUnit = u and l.planYear = :year
			              and (:allPrograms = true or l.program.id in :programIds))
			  and not exists (select 1 from QuarterSubmission s where s.orgUnit = u
			                  and s.year = :year and s.quarter = :quarter)
			order by u.path
			""")
	List<UnsubmittedUnit> findUnsubmitted(String subtree, int year, int quarter, boolean allPrograms,
			Set<Long> programIds);

}
