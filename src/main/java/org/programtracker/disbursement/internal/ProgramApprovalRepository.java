package org.programtracker.disbursement.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramApprovalRepository extends JpaRepository<ProgramApproval, Long> {

	List<ProgramApproval> findByOrgUnitIdAndYearAndQuarterOrderByProgramId(long orgUnitId, int year, int quarter);

	List<ProgramApproval> findByOrgUnitIdInAndYearAndQuarter(Collection<Long> orgUnitIds, int year, int quarter);

	Optional<ProgramApproval> findByOrgUnitIdAndYearAndQuarterAndProgramId(long orgUnitId, int year, int quarter,
			long programId);

	/**
	 * The approvals of the unit's quarters from {@code fromQuarter} on in the year, for
	 * one program or (with {@code programId} {@code null}) for any.
	 */
	@Query("""
			select a from ProgramApproval a
			where a.orgUnitId = :orgUnitId and a.year = :year and a.quarter >= :fromQuarter
			  and (:programId is null or a.programId = :programId)
			order by a.quarter, a.programId
			""")
	List<ProgramApproval> findFrom(long orgUnitId, int year, int fromQuarter, Long programId);

	/**
	 * The programs whose plan lines each of the units held in the year, as the tree and
	 * the lines stood on {@code day}: pairs of unit and program. The held line's unit is
	 * the reported line's, said of {@code pl} too so that its index on the unit is used.
	 */
	@Query(nativeQuery = true, value = """
			select distinct hl.org_unit_id as unitId, pl.program_id as programId
			from held_lines(cast(:day as date)) hl join plan_line pl on pl.id = hl.reported_line_id
			where pl.plan_year = :year and hl.org_unit_id in (:unitIds) and pl.org_unit_id in (:unitIds)
			""")
	List<HeldProgram> findHeldPrograms(Collection<Long> unitIds, LocalDate day, int year);

	interface HeldProgram {

		long getUnitId();

		long getProgramId();

	}

}
