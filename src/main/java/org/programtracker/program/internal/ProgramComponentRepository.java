package org.programtracker.program.internal;

import org.programtracker.program.Program;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProgramComponentRepository extends JpaRepository<ProgramComponent, Long> {

	@Query("select c from ProgramComponent c left join fetch c.parent where c.program = :program order by c.sortOrder, c.code")
	List<ProgramComponent> findByProgram(Program program);

	List<ProgramComponent> findByProgramIn(Collection<Program> programs);

	Optional<ProgramComponent> findByProgramAndCode(Program program, String code);

}
