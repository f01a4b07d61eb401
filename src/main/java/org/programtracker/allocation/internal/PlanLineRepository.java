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

	@Query("""
			select l from PlanLine l join OrgUnit u on u.id = l.orgUnitId join Program p on p.id = l.programId
			left join ProgramComponent c on c.id = l.componentId
			where u.path like :subtreePattern escape '!' and l.planYear = :planYear
			order by p.sortOrder, p.code, l.originYear desc, c.sortOrder nulls first, l.capitalType, u.path, l.id
			""")
	List<PlanLine> findForYear(String subtreePattern, int planYear);

	@Query("""
			select l from PlanLine l join OrgUnit u on u.id = l.orgUnitId join Program p on p.id = l.programId
			left join ProgramComponent c on c.id = l.componentId
			where l.id in :ids
			order by p.sortOrder, p.code, l.originYear desc, c.sortOrder nulls first, l.capitalType, u.path, l.id
			""")
	List<PlanLine> findForIds(Collection<Long> ids);

	@Query("select l.programId, count(l) from PlanLine l group by l.programId")
	List<Object[]> countByProgram();

	@Query("select l.componentId, count(l) from PlanLine l where l.programId = :programId and l.componentId is not null group by l.componentId")
	List<Object[]> countByComponent(long programId);

	@Query("select distinct l.planYear from PlanLine l order by l.planYear desc")
	List<Integer> findPlanYears();

}
