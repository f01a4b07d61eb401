package org.programtracker.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AllocationRepository extends JpaRepository<Allocation, Long> {

	/**
	 * The plan of a line as of a date: its decisions dated on or before it.
	 */
	@Query("select coalesce(sum(a.amountVnd), 0) from Allocation a where a.planLine = :line and a.decisionDate <= :asOf")
	BigDecimal planAsOf(PlanLine line, LocalDate asOf);

	/**
	 * The plans of many lines as of a date, as pairs of line id and amount.
	 */
	@Query("""
			select a.planLine.id, sum(a.amountVnd) from Allocation a
			where a.planLine.id in :lineIds and a.decisionDate <= :asOf group by a.planLine.id
			""")
	List<Object[]> plansAsOf(List<Long> lineIds, LocalDate asOf);

	boolean existsByPlanLine(PlanLine line);

}
