package org.programtracker.allocation.internal;

import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.CapitalType;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanLineRepository extends JpaRepository<PlanLine, Long> {

	@Query("""
			select l from PlanLine l
			where l.orgUnit = :orgUnit and l.program = :program
			  and ((:component is null and l.component is null) or l.component = :component)
			  and l.capitalType = :capitalType and l.fundingSource = :fundingSource
			  and l.planYear = :planYear and l.originYear = :originYear
			""")
	Optional<PlanLine> findLine(OrgUnit orgUnit, Program program, ProgramComponent component, CapitalType capitalType,
			FundingSource fundingSource, int planYear, int originYear);

	@Query("""
			select l from PlanLine l join fetch l.orgUnit u join fetch l.program p left join fetch l.component c
			where u.path like :subtreePattern escape '!' and l.planYear = :planYear
			order by p.sortOrder, p.code, l.originYear desc, c.sortOrder nulls first, l.capitalType, u.path, l.id
			""")
	List<PlanLine> findForYear(String subtreePattern, int planYear);

	@Query("""
			select l from PlanLine l join fetch l.orgUnit u join fetch l.program p left join fetch l.component c
			where l.id in :ids
			order by p.sortOrder, p.code, l.originYear desc, c.sortOrder nulls first, l.capitalType, u.path, l.id
			""")
	List<PlanLine> findForIds(Collection<Long> ids);

	@Query("select l.program.id, count(l) from PlanLine l group by l.program.id")
	List<Object[]> countByProgram();

	@Query("select l.component.id, count(l) from PlanLine l where l.program.id = :programId and l.component is not null group by l.component.id")
	List<Object[]> countByComponent(long programId);

	@Query("select l.id, l.deadline from PlanLine l where l.id in :ids and l.deadline is not null")
	List<Object[]> findDeadlines(Collection<Long> ids);

	@Query("select distinct l.planYear from PlanLine l order by l.planYear desc")
	List<Integer> findPlanYears();

}
