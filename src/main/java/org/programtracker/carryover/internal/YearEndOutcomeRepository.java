package org.programtracker.carryover.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface YearEndOutcomeRepository extends JpaRepository<YearEndOutcome, Long> {

	List<YearEndOutcome> findByPlanLineIdIn(Collection<Long> planLineIds);

}
