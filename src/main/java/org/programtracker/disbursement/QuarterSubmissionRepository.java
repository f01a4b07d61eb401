package org.programtracker.disbursement;

import java.util.List;
import java.util.Optional;

import org.programtracker.orgunit.OrgUnit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface QuarterSubmissionRepository extends JpaRepository<QuarterSubmission, Long> {

	Optional<QuarterSubmission> findByOrgUnitAndYearAndQuarter(OrgUnit orgUnit, int year, int quarter);

	List<QuarterSubmission> findByYearAndQuarter(int year, int quarter);

}
