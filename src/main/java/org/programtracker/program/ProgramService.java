package org.programtracker.program;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.programtracker.kernel.Loaded;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.program.internal.Program;
import org.programtracker.program.internal.ProgramComponent;
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

	public Optional<ProgramView> findByCode(String code) {
		return this.programs.findByCode(code).map(Program::view);
	}

	public Optional<ProgramView> findById(long id) {
		return this.programs.findById(id).map(Program::view);
	}

	/**
	 * The programs not archived, in their sort order.
	 */
	public List<ProgramView> activePrograms() {
		return views(this.programs.findActive());
	}

	/**
	 * The programs running in a plan year, in program order: a year's reports have a row
	 * for each of them and for no other.
	 */
	public List<ProgramView> programsRunningIn(int year) {
		return this.programs.findActive().stream().filter(program -> program.runsIn(year)).map(Program::view).toList();
	}

	/**
	 * Every program, archived ones too.
	 */
	public List<ProgramView> allPrograms() {
		return views(this.programs.findAll());
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
	public List<ProgramComponentView> componentsOf(ProgramView program) {
		return this.components.findByProgram(program.id()).stream().map(ProgramComponent::view).toList();
	}

	/**
	 * The programs with these codes, by code, in one query; a code no program has is
	 * absent.
	 */
	public Map<String, ProgramView> byCodes(Collection<String> codes) {
		return this.programs.findByCodeIn(codes).stream().collect(Collectors.toMap(Program::getCode, Program::view));
	}

	/**
	 * The components of these programs, by program id and component code, in one query.
	 */
	public Map<Long, Map<String, ProgramComponentView>> componentsByCode(Collection<ProgramView> programs) {
		Map<Long, Map<String, ProgramComponentView>> found = new HashMap<>();
		programs.forEach(program -> found.put(program.id(), new HashMap<>()));
		if (!programs.isEmpty()) {
			this.components.findByProgramIdIn(List.copyOf(found.keySet()))
				.forEach(component -> found.get(component.getProgram().getId())
					.put(component.getCode(), component.view()));
		}
		return found;
	}

	/**
	 * The programs with these ids, archived ones too, by id: those this transaction read
	 * already as they are, the others in one query.
	 */
	public Map<Long, ProgramView> programsByIds(Collection<Long> ids) {
		Map<Long, ProgramView> found = new HashMap<>();
		Loaded.byIds(this.entityManager, Program.class, ids).forEach((id, program) -> found.put(id, program.view()));
		return found;
	}

	/**
	 * The components with these ids, by id, read as {@link #programsByIds} reads
	 * programs.
	 */
	public Map<Long, ProgramComponentView> componentsByIds(Collection<Long> ids) {
		Map<Long, ProgramComponentView> found = new HashMap<>();
		Loaded.byIds(this.entityManager, ProgramComponent.class, ids)
			.forEach((id, component) -> found.put(id, component.view()));
		return found;
	}

	public Optional<ProgramComponentView> findComponent(ProgramView program, String code) {
		return this.components.findByProgramIdAndCode(program.id(), code).map(ProgramComponent::view);
	}

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

	/**
	 * Saves a new program with this code at once, so that a duplicate code fails here and
	 * not at commit; without a sort order it goes last.
	 */
	@Transactional
	public ProgramView create(String code, ProgramChange change) {
		Program program = new Program(code, change.nameVi(), change.nameEn());
		apply(change, program);
		if (change.sortOrder() == null) {
			program.setSortOrder((int) this.programs.count());
		}
		return this.programs.saveAndFlush(program).view();
	}

	/**
	 * Changes everything but the program's code and saves it at once, so that a stale
	 * version fails here and not at commit; without a sort order it stays where it is.
	 */
	@Transactional
	public ProgramView change(long id, ProgramChange change) {
		Program program = program(id);
		program.rename(change.nameVi(), change.nameEn());
		apply(change, program);
		return this.programs.saveAndFlush(program).view();
	}

	/**
	 * Changes the years a program runs in ({@code null}: an open start or end), keeping
	 * the rest.
	 */
	@Transactional
	public ProgramView changeYears(long id, Integer startYear, Integer endYear) {
		Program program = program(id);
		program.setYears(startYear, endYear);
		return this.programs.saveAndFlush(program).view();
	}

	@Transactional
	public void delete(long id) {
		this.programs.delete(program(id));
		this.programs.flush();
	}

	private static void apply(ProgramChange change, Program program) {
		program.setStandingAgencyId(change.standingAgencyId());
		program.setYears(change.startYear(), change.endYear());
		if (change.sortOrder() != null) {
			program.setSortOrder(change.sortOrder());
		}
		if (change.archived()) {
			program.archive();
		}
		else {
			program.restore();
		}
	}

	private Program program(long id) {
		return this.programs.findById(id).orElseThrow(() -> new NotFoundException("program", id));
	}

	private static List<ProgramView> views(List<Program> programs) {
		return programs.stream().map(Program::view).toList();
	}

	/**
	 * Saves a new component of the program under the component {@code parentId} (of the
	 * same program; {@code null} for the top of its tree) at once, like
	 * {@link #create(String, ProgramChange)}.
	 */
	@Transactional
	public ProgramComponentView createComponent(ProgramView program, Long parentId, String code, ComponentKind kind,
			String nameVi, String nameEn, int sortOrder) {
		ProgramComponent component = new ProgramComponent(this.programs.getReferenceById(program.id()),
				entity(parentId), code, kind, nameVi, nameEn);
		component.setSortOrder(sortOrder);
		return this.components.saveAndFlush(component).view();
	}

	/**
	 * Changes a component's names, kind, parent ({@code null}: the top of the tree) and
	 * sort order ({@code null}: kept), and saves it at once. A parent that lies within
	 * the component is refused.
	 */
	@Transactional
	public ProgramComponentView changeComponent(long id, Long parentId, ComponentKind kind, String nameVi,
			String nameEn, Integer sortOrder) {
		ProgramComponent component = entity(id);
		ProgramComponent parent = entity(parentId);
		if (parent != null && parent.isWithin(component)) {
			throw new RuleViolationException("parent", "component.cycle");
		}
		if (sortOrder != null) {
			component.setSortOrder(sortOrder);
		}
		component.rename(nameVi, nameEn);
		component.setKind(kind);
		component.moveUnder(parent);
		return this.components.saveAndFlush(component).view();
	}

	@Transactional
	public void deleteComponent(long id) {
		this.components.delete(entity(id));
		this.components.flush();
	}

	private ProgramComponent entity(Long id) {
		return (id == null) ? null
				: this.components.findById(id).orElseThrow(() -> new NotFoundException("component", id));
	}

}
