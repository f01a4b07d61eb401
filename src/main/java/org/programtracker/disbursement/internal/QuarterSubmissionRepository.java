package org.programtracker.disbursement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.programtracker.disbursement.SubmissionState;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface QuarterSubmissionRepository extends JpaRepository<QuarterSubmission, Long> {

	Optional<QuarterSubmission> findByOrgUnitIdAndYearAndQuarter(long orgUnitId, int year, int quarter);

	List<QuarterSubmission> findByOrgUnitIdInAndYearAndQuarterAndState(Collection<Long> orgUnitIds, int year,
			int quarter, SubmissionState state);

	/**
	 * The unit's submissions of a year in a state, from {@code fromQuarter} on, the
	 * earliest first.
	 */
	List<QuarterSubmission> findByOrgUnitIdAndYearAndQuarterGreaterThanEqualAndStateOrderByQuarter(long orgUnitId,
			int year, int fromQuarter, SubmissionState state);

	List<QuarterSubmission> findByOrgUnitIdInAndYearAndQuarter(Collection<Long> orgUnitIds, int year, int quarter);

	/**
	 * The units that held plan lines of the year (of {@code programIds} unless
	 * {@code allPrograms}) in a subtree, as the tree and the lines stood on {@code day}.
	 * That the lines' units were placed in the subtree at some time follows, and said it
	 * lets the database start from the subtree's units instead of every line of the year
	 * (a commune: 79 ms to 0.3 ms at the size of the country).
	 */
	@Query(nativeQuery = true,
			value = """
					select distinct hl.org_unit_id
					from held_lines(cast(:day as date)) hl join plan_line pl on pl.id = hl.reported_line_id
					where pl.plan_year = :year and hl.path like :subtree escape '!'
					  and pl.org_unit_id in (select q.org_unit_id from org_unit_placement q where q.path like :subtree escape '!')
					  and (:allPrograms or pl.program_id in (:programIds))
					""")
	List<Long> findReportingUnitIds(String subtree, LocalDate day, int year, boolean allPrograms, Set<Long> programIds);

	/**
	 * The units that held plan lines of the year as {@link #findReportingUnitIds} finds
	 * them, in the subtree of a root: there, asking for the subtree's units first only
	 * makes the database check every unit (a generic plan took 630 ms at the size of the
	 * country).
	 */
	@Query(nativeQuery = true, value = """
			select distinct hl.org_unit_id
			from held_lines(cast(:day as date)) hl join plan_line pl on pl.id = hl.reported_line_id
			where pl.plan_year = :year and hl.path like :subtree escape '!'
			  and (:allPrograms or pl.program_id in (:programIds))
			""")
	List<Long> findReportingUnitIdsBelowARoot(String subtree, LocalDate day, int year, boolean allPrograms,
			Set<Long> programIds);

}
