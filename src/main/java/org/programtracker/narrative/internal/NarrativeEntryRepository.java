package org.programtracker.narrative.internal;

import org.programtracker.narrative.NarrativeSection;

import java.util.List;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NarrativeEntryRepository extends JpaRepository<NarrativeEntry, Long> {

	@Query("""
			select e from NarrativeEntry e join fetch e.program
			where e.orgUnit = :orgUnit and e.year = :year and e.quarter = :quarter
			order by e.program.sortOrder, e.section, e.position, e.id
			""")
	List<NarrativeEntry> findForQuarter(OrgUnit orgUnit, int year, int quarter);

	@Query("""
			select coalesce(max(e.position), 0) from NarrativeEntry e
			where e.orgUnit = :orgUnit and e.program.id = :programId and e.year = :year
			  and e.quarter = :quarter and e.section = :section
			""")
	int lastPosition(OrgUnit orgUnit, long programId, int year, int quarter, NarrativeSection section);

}
