package org.programtracker.period.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface UnitClosureRepository extends JpaRepository<UnitClosure, Long> {

	Optional<UnitClosure> findByOrgUnitIdAndYearAndQuarter(long orgUnitId, int year, int quarter);

	List<UnitClosure> findByYearAndQuarterAndOrgUnitIdIn(int year, int quarter, Collection<Long> orgUnitIds);

	List<UnitClosure> findByYearOrderByQuarterAscIdAsc(int year);

}
