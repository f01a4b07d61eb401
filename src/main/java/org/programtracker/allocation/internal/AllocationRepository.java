package org.programtracker.allocation.internal;

import org.programtracker.allocation.CapitalType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocationRepository extends JpaRepository<Allocation, Long> {

	/**
	 * The plan of a line as of a date: its decisions dated on or before it.
	 */
	@Query("select coalesce(sum(a.amountVnd), 0) from Allocation a where a.planLine = :line and a.decisionDate <= :asOf")
	BigDecimal planAsOf(PlanLine line, LocalDate asOf);

	boolean existsByPlanLine(PlanLine line);

	/**
	 * The decisions of the lines of a unit subtree, filtered; a {@code null} filter lets
	 * everything through, and {@code programIds} limits programs unless
	 * {@code allPrograms}.
	 */
	@Query(value = """
			select a from Allocation a join fetch a.planLine l join OrgUnit u on u.id = l.orgUnitId
			join Program p on p.id = l.programId
			where u.path like :subtreePattern escape '!'
			  and (:planYear is null or l.planYear = :planYear)
			  and (:programCode is null or p.code = :programCode)
			  and (:capitalType is null or l.capitalType = :capitalType)
			  and (:allPrograms = true or p.id in :programIds)
			""", countQuery = """
			select count(a) from Allocation a join a.planLine l join OrgUnit u on u.id = l.orgUnitId
			join Program p on p.id = l.programId
			where u.path like :subtreePattern escape '!'
			  and (:planYear is null or l.planYear = :planYear)
			  and (:programCode is null or p.code = :programCode)
			  and (:capitalType is null or l.capitalType = :capitalType)
			  and (:allPrograms = true or p.id in :programIds)
			""")
	Page<Allocation> search(String subtreePattern, Integer planYear, String programCode, CapitalType capitalType,
			boolean allPrograms, Collection<Long> programIds, Pageable pageable);

	/**
	 * The total of the same filter, for the foot of the list.
	 */
	@Query("""
			select coalesce(sum(a.amountVnd), 0) from Allocation a join a.planLine l
			join OrgUnit u on u.id = l.orgUnitId join Program p on p.id = l.programId
			where u.path like :subtreePattern escape '!'
			  and (:planYear is null or l.planYear = :planYear)
			  and (:programCode is null or p.code = :programCode)
			  and (:capitalType is null or l.capitalType = :capitalType)
			  and (:allPrograms = true or p.id in :programIds)
			""")
	BigDecimal total(String subtreePattern, Integer planYear, String programCode, CapitalType capitalType,
			boolean allPrograms, Collection<Long> programIds);

	@Query("select a from Allocation a where a.planLine = :line order by a.decisionDate, a.id")
	List<Allocation> findByLine(PlanLine line);

}
