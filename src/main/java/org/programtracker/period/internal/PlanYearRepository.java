package org.programtracker.period.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanYearRepository extends JpaRepository<PlanYear, Long> {

	Optional<PlanYear> findByYear(int year);

}
