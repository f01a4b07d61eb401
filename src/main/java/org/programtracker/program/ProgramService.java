package org.programtracker.program;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.programtracker.kernel.Loaded;
import org.programtracker.program.internal.ProgramComponentRepository;
import org.programtracker.program.internal.ProgramRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programs and their component trees, for every feature that reads them, and the
 * writes of the administration. Other features never reach the repositories.
 */
@Service
@Transactional(readOnly = true)
public class ProgramService {

	private final ProgramRepository programs;

	private final ProgramComponentRepository components;

	private final EntityManager entityManager;

	ProgramService(ProgramRepository programs, ProgramComponentRepository components, EntityManager entityManager) {
		this.programs = programs;
		this.components = components;
		this.entityManager = entityManager;
	}

	public Optional<Program> findByCode(String code) {
		return this.programs.findByCode(code);
	}

	public Optional<Program> findById(long id) {
		return this.programs.findById(id);
	}

	/**
	 * The programs not archived, in their sort order.
	 */
	public List<Program> activePrograms() {
		return this.programs.findActive();
	}

	/**
	 * The programs running in a plan year, in program order: a year's reports have a row
	 * for each of them and for no other.
	 */
	public List<Program> programsRunningIn(int year) {
		return this.programs.findActive().stream().filter(program -> program.runsIn(year)).toList();
	}

	/**
	 * Every program, archived ones too.
	 */
	public List<Program> allPrograms() {
		return this.programs.findAll();
	}

	/**
	 * The code of every program, archived ones too, by id.
	 */
	public Map<Long, String> codesById() {
		return this.programs.findAll().stream().collect(Collectors.toMap(Program::getId, Program::getCode));
	}

	public long count() {
		return this.programs.count();
	}

	/**
	 * The components of a program with their parents, in sort order.
	 */
	public List<ProgramComponent> componentsOf(Program program) {
		return this.components.findByProgram(program);
	}

	/**
	 * The programs with these codes, by code, in one query; a code no program has is
	 * absent.
	 */
	public Map<String, Program> byCodes(Collection<String> codes) {
		return this.programs.findByCodeIn(codes).stream().collect(Collectors.toMap(Program::getCode, p -> p));
	}

	/**
	 * The components of these programs, by program id and component code, in one query.
	 */
	public Map<Long, Map<String, ProgramComponent>> componentsByCode(Collection<Program> programs) {
		Map<Long, Map<String, ProgramComponent>> found = new HashMap<>();
		programs.forEach(program -> found.put(program.getId(), new HashMap<>()));
		if (!programs.isEmpty()) {
			this.components.findByProgramIn(programs)
				.forEach(component -> found.get(component.getProgram().getId()).put(component.getCode(), component));
		}
		return found;
	}

	/**
	 * The programs with these ids, archived ones too, by id: those this transaction read
	 * already as they are, the others in one query.
	 */
	public Map<Long, Program> programsByIds(Collection<Long> ids) {
		return Loaded.byIds(this.entityManager, Program.class, ids);
	}

	/**
	 * The components with these ids, by id, read as {@link #programsByIds} reads
	 * programs.
	 */
	public Map<Long, ProgramComponent> componentsByIds(Collection<Long> ids) {
		return Loaded.byIds(this.entityManager, ProgramComponent.class, ids);
	}

	public Optional<ProgramComponent> findComponent(Program program, String code) {
		return this.components.findByProgramAndCode(program, code);
	}

	/**
	 * Saves a new or changed program at once, so that a duplicate code or a stale version
	 * fails here and not at commit.
	 */
	/**
	 * Makes {@code toUnitId} the standing agency of every program whose standing agency
	 * was {@code fromUnitId} (a merged office's programs pass to its successor).
	 * @return the codes of those programs
	 */
	@Transactional
	public List<String> passStandingAgency(long fromUnitId, long toUnitId) {
		List<String> passed = new java.util.ArrayList<>();
		for (Program program : this.programs.findAll()) {
			if (Long.valueOf(fromUnitId).equals(program.getStandingAgencyId())) {
				program.setStandingAgencyId(toUnitId);
				passed.add(program.getCode());
			}
		}
		return List.copyOf(passed);
	}

	@Transactional
	public Program save(Program program) {
		return this.programs.saveAndFlush(program);
	}

	@Transactional
	public void delete(Program program) {
		this.programs.delete(program);
		this.programs.flush();
	}

	/**
	 * Saves a new or changed component at once, like {@link #save(Program)}.
	 */
	@Transactional
	public ProgramComponent save(ProgramComponent component) {
		return this.components.saveAndFlush(component);
	}

	@Transactional
	public void delete(ProgramComponent component) {
		this.components.delete(component);
		this.components.flush();
	}

}
