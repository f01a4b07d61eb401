package org.programtracker.disbursement.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DisbursementRepository extends JpaRepository<Disbursement, Long> {

	Optional<Disbursement> findByPlanLineIdAndQuarter(long planLineId, int quarter);

	List<Disbursement> findByPlanLineId(long planLineId);

}
