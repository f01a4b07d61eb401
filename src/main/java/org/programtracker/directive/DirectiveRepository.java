package org.programtracker.directive;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface DirectiveRepository extends JpaRepository<Directive, Long> {

	/**
	 * The register of a quarter for the units matching a subtree pattern: directives
	 * given in that quarter or earlier and not done before it started.
	 */
	@EntityGraph(attributePaths = { "orgUnit", "responsibleUnit", "programs", "concernedUnits" })
	@Query("""
			select distinct d from Directive d
			where d.orgUnit.path like :subtree escape '!'
			  and (d.givenYear * 10 + d.givenQuarter) <= :quarterKey
			  and (d.doneOn is null or d.doneOn >= :quarterStart)
			order by d.givenYear, d.givenQuarter, d.id
			""")
	List<Directive> findRegister(String subtree, int quarterKey, LocalDate quarterStart);

}
