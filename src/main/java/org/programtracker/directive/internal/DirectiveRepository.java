package org.programtracker.directive.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

	/**
	 * The register of a quarter for the units matching a subtree pattern: directives
	 * given in that quarter or earlier and not done before it started.
	 */
	@Query(nativeQuery = true, value = """
			select d.* from directive d
			where d.org_unit_id in (select u.id from org_unit u where u.path like :subtree escape '!')
			  and (d.given_year * 10 + d.given_quarter) <= :quarterKey
			  and (d.done_on is null or d.done_on >= :quarterStart)
			order by d.given_year, d.given_quarter, d.id
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

}
