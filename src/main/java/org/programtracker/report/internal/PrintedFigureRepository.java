package org.programtracker.report.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrintedFigureRepository extends JpaRepository<PrintedFigure, Long> {

	List<PrintedFigure> findByOrgUnitIdAndYearAndQuarter(long orgUnitId, int year, int quarter);

}
