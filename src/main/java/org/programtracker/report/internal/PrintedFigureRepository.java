package org.programtracker.report.internal;

import java.util.List;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrintedFigureRepository extends JpaRepository<PrintedFigure, Long> {

	@Query("""
			select f from PrintedFigure f join fetch f.program
			where f.orgUnit = :orgUnit and f.year = :year and f.quarter = :quarter
			""")
	List<PrintedFigure> findForQuarter(OrgUnit orgUnit, int year, int quarter);

}
