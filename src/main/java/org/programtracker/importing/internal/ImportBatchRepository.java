package org.programtracker.importing.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ImportBatchRepository extends JpaRepository<ImportBatch, Long> {

	List<ImportBatch> findByOrgUnitIdInOrderByCreatedAtDescIdDesc(Collection<Long> orgUnitIds, Limit limit);

}
