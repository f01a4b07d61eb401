package org.programtracker.reorganisation.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReorganisationRepository extends JpaRepository<ReorganisationRecord, Long> {

	List<ReorganisationRecord> findAllByOrderByEffectiveDateDescIdDesc();

}
