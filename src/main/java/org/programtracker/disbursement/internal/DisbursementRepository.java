package org.programtracker.disbursement.internal;

import java.util.List;
import java.util.Optional;

import org.programtracker.allocation.PlanLine;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementRepository extends JpaRepository<Disbursement, Long> {

	Optional<Disbursement> findByPlanLineAndQuarter(PlanLine planLine, int quarter);

	List<Disbursement> findByPlanLine(PlanLine planLine);

	List<Disbursement> findByPlanLineIdIn(List<Long> planLineIds);

	boolean existsByPlanLine(PlanLine planLine);

}
