package org.programtracker.narrative.internal;

import org.programtracker.narrative.NarrativeSection;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NarrativeEntryRepository extends JpaRepository<NarrativeEntry, Long> {

	@Query("""
			select e from NarrativeEntry e
			where e.orgUnitId = :orgUnitId and e.year = :year and e.quarter = :quarter
			order by e.section, e.position, e.id
			""")
	List<NarrativeEntry> findForQuarter(long orgUnitId, int year, int quarter);

	@Query("""
			select coalesce(max(e.position), 0) from NarrativeEntry e
			where e.orgUnitId = :orgUnitId and e.programId = :programId and e.year = :year
			  and e.quarter = :quarter and e.section = :section
			""")
	int lastPosition(long orgUnitId, long programId, int year, int quarter, NarrativeSection section);

}
