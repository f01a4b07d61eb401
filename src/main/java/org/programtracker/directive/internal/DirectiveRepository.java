package org.programtracker.directive.internal;

import org.programtracker.directive.OverdueDirective;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

	/**
	 * The register of a quarter for the units matching a subtree pattern: directives
	 * given in that quarter or earlier and not done before it started.
	 */
	@Query("""
			select d from Directive d
			where d.orgUnitId in (select u.id from OrgUnit u where u.path like :subtree escape '!')
			  and (d.givenYear * 10 + d.givenQuarter) <= :quarterKey
			  and (d.doneOn is null or d.doneOn >= :quarterStart)
			order by d.givenYear, d.givenQuarter, d.id
			""")
	List<Directive> findRegister(String subtree, int quarterKey, LocalDate quarterStart);

	/**
	 * The directives not done that a unit gave, is responsible for or is concerned by.
	 */
	@Query("""
			select distinct d from Directive d left join d.concernedUnitIds c
			where d.doneOn is null and (d.orgUnitId = :unitId or d.responsibleUnitId = :unitId or c = :unitId)
			order by d.id
			""")
	List<Directive> findOpenOf(long unitId);

	/**
	 * The directives of a subtree past their deadline and not done on {@code today}, the
	 * oldest deadline first, in one query: those of no program, or of one of
	 * {@code programIds} unless {@code allPrograms}.
	 */
	@Query("""
			select new org.programtracker.directive.OverdueDirective(d.id, d.text, d.deadline, ru.name, d.responsible)
			from Directive d left join OrgUnit ru on ru.id = d.responsibleUnitId
			where d.orgUnitId in (select u.id from OrgUnit u where u.path like :subtree escape '!')
			  and d.deadline < :today
			  and (d.doneOn is null or d.doneOn > :today)
			  and (:allPrograms = true or d.programIds is empty
			       or exists (select 1 from Directive d2 join d2.programIds p where d2 = d and p in :programIds))
			order by d.deadline, d.id
			""")
	List<OverdueDirective> findOverdue(String subtree, LocalDate today, boolean allPrograms,
			java.util.Collection<Long> programIds);

}
