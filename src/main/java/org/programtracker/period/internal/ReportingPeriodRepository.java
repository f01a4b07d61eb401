package org.programtracker.period.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

	Optional<ReportingPeriod> findByYearAndQuarter(int year, int quarter);

}
