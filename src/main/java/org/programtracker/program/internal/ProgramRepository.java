package org.programtracker.program.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramRepository extends JpaRepository<Program, Long> {

	Optional<Program> findByCode(String code);

	List<Program> findByCodeIn(Collection<String> codes);

	@Query("select p from Program p where p.archived = false order by p.sortOrder, p.code")
	List<Program> findActive();

}
