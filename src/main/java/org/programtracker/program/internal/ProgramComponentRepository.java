package org.programtracker.program.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramComponentRepository extends JpaRepository<ProgramComponent, Long> {

	@Query("select c from ProgramComponent c left join fetch c.parent where c.program.id = :programId order by c.sortOrder, c.code")
	List<ProgramComponent> findByProgram(long programId);

	List<ProgramComponent> findByProgramIdIn(Collection<Long> programIds);

	Optional<ProgramComponent> findByProgramIdAndCode(long programId, String code);

}
