package org.programtracker.allocation.internal;

import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.CapitalType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanLineRepository extends JpaRepository<PlanLine, Long> {

	@Query("""
			select l from PlanLine l
			where l.orgUnitId = :orgUnitId and l.programId = :programId
			  and ((:componentId is null and l.componentId is null) or l.componentId = :componentId)
			  and l.capitalType = :capitalType and l.fundingSource = :fundingSource
			  and l.planYear = :planYear and l.originYear = :originYear
			""")
	Optional<PlanLine> findLine(long orgUnitId, long programId, Long componentId, CapitalType capitalType,
			FundingSource fundingSource, int planYear, int originYear);

	/**
	 * The lines of a plan year held by the units matching a subtree pattern, in the order
	 * of the grid: by program, origin year (the year's own capital first), component,
	 * capital type and unit. SQL on the tables, since the order is the other features'
	 * (their entities stay theirs).
	 */
	@Query(nativeQuery = true, value = """
			select l.* from plan_line l
			join org_unit u on u.id = l.org_unit_id
			join program p on p.id = l.program_id
			left join program_component c on c.id = l.component_id
			where u.path like :subtreePattern escape '!' and l.plan_year = :planYear
			order by p.sort_order, p.code, l.origin_year desc, c.sort_order nulls first, l.capital_type, u.path, l.id
			""")
	List<PlanLine> findForYear(String subtreePattern, int planYear);

	/**
	 * The lines with these ids, in the order of {@link #findForYear}.
	 */
	@Query(nativeQuery = true, value = """
			select l.* from plan_line l
			join org_unit u on u.id = l.org_unit_id
			join program p on p.id = l.program_id
			left join program_component c on c.id = l.component_id
			where l.id in (:ids)
			order by p.sort_order, p.code, l.origin_year desc, c.sort_order nulls first, l.capital_type, u.path, l.id
			""")
	List<PlanLine> findForIds(Collection<Long> ids);

	@Query("select l.programId, count(l) from PlanLine l group by l.programId")
	List<Object[]> countByProgram();

	@Query("select l.componentId, count(l) from PlanLine l where l.programId = :programId and l.componentId is not null group by l.componentId")
	List<Object[]> countByComponent(long programId);

	@Query("select distinct l.planYear from PlanLine l order by l.planYear desc")
	List<Integer> findPlanYears();

}
