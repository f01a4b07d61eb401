package org.programtracker.allocation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.KeyedLines;
import org.programtracker.allocation.internal.LineHistory;
import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.PlanLineRepository;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.orgunit.TreePosition;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.RuleViolations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds plan lines within a caller's scope. A line of a unit outside the scope is not
 * found, exactly like one that does not exist, whether asked for by id or by codes.
 */
@Service
@Transactional(readOnly = true)
public class PlanLineService {

	private final PlanLineRepository lines;

	private final AllocationRepository allocations;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final LineHistory history;

	private final KeyedLines keyedLines;

	PlanLineService(PlanLineRepository lines, AllocationRepository allocations, OrgUnitService orgUnits,
			ProgramService programs, LineHistory history, KeyedLines keyedLines) {
		this.history = history;
		this.keyedLines = keyedLines;
		this.lines = lines;
		this.allocations = allocations;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	public PlanLineView visibleLine(OrgUnitScope scope, long id) {
		return visibleEntity(scope, id).view();
	}

	/**
	 * The line with this id, as the entity, whatever the scope.
	 */
	PlanLine entity(long id) {
		return this.lines.findById(id).orElseThrow(() -> new NotFoundException("planLine", id));
	}

	/**
	 * The line {@link #visibleLine} finds, as the entity.
	 */
	PlanLine visibleEntity(OrgUnitScope scope, long id) {
		PlanLine line = this.lines.findById(id).orElseThrow(() -> new NotFoundException("planLine", id));
		requireVisible(scope, unitOf(line.view()), id);
		return line;
	}

	/**
	 * The lines with these ids, each visible to the scope, by id: one query for the lines
	 * and one check per unit, not per line.
	 * @throws NotFoundException naming the first id that is missing or not visible
	 */
	public Map<Long, PlanLineView> visibleLines(OrgUnitScope scope, Collection<Long> ids) {
		Map<Long, PlanLineView> found = new HashMap<>();
		if (!ids.isEmpty()) {
			this.lines.findForIds(Set.copyOf(ids)).forEach(line -> found.put(line.getId(), line.view()));
		}
		Map<Long, OrgUnitView> units = unitsOf(found.values());
		Set<Long> visibleUnits = new HashSet<>();
		for (long id : ids) {
			PlanLineView line = found.get(id);
			if (line == null) {
				throw new NotFoundException("planLine", id);
			}
			if (visibleUnits.add(line.orgUnitId())) {
				requireVisible(scope, units.get(line.orgUnitId()), id);
			}
		}
		return found;
	}

	/**
	 * The lines these codes name, as {@link #findOrCreate} finds or creates each, a set
	 * at a time: each unit, program and component looked up once, the existing lines
	 * found by one query and the new ones inserted by one statement. A key that names no
	 * line the caller may have is not in {@code lines} but in {@code refused}, with the
	 * exception {@link #findOrCreate} would throw for it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Lines findOrCreateAll(OrgUnitScope scope, Collection<PlanLineKey> keys) {
		Map<String, OrgUnitView> units = this.orgUnits.visibleUnits(scope,
				keys.stream()
					.map(PlanLineKey::orgUnit)
					.filter(code -> code != null && !code.isBlank())
					.map(String::strip)
					.collect(Collectors.toSet()));
		Map<String, ProgramView> programs = this.programs.byCodes(keys.stream()
			.map(PlanLineKey::program)
			.filter(code -> code != null && !code.isBlank())
			.map(String::strip)
			.collect(Collectors.toSet()));
		Map<Long, Map<String, ProgramComponentView>> components = this.programs.componentsByCode(programs.values());
		Map<PlanLineKey, RuntimeException> refused = new LinkedHashMap<>();
		Map<PlanLineKey, KeyedLines.LineRow> rows = new LinkedHashMap<>();
		for (PlanLineKey key : new LinkedHashSet<>(keys)) {
			try {
				String unitCode = requireCode("orgUnit", key.orgUnit());
				OrgUnitView unit = units.get(unitCode);
				if (unit == null) {
					throw new NotFoundException("orgUnit", unitCode);
				}
				ProgramView program = programs.get(requireCode("program", key.program()).strip());
				if (program == null) {
					throw new NotFoundException("program", key.program());
				}
				ProgramComponentView component = null;
				if (key.component() != null && !key.component().isBlank()) {
					component = components.get(program.id()).get(key.component().strip());
					if (component == null) {
						throw new NotFoundException("component", key.component());
					}
				}
				int originYear = requireTypeAndYears(key);
				rows.put(key, new KeyedLines.LineRow(unit, program, component, key.capitalType(),
						key.fundingSourceOrDefault(), key.planYear(), originYear));
			}
			catch (RuleViolationException | NotFoundException ex) {
				refused.put(key, ex);
			}
		}
		Map<PlanLineKey, Long> ids = this.keyedLines.findOrInsert(rows);
		Map<Long, PlanLineView> loaded = new HashMap<>();
		if (!ids.isEmpty()) {
			this.lines.findForIds(Set.copyOf(ids.values())).forEach(line -> loaded.put(line.getId(), line.view()));
		}
		Map<PlanLineKey, PlanLineView> lines = new LinkedHashMap<>();
		ids.forEach((key, id) -> lines.put(key, loaded.get(id)));
		return new Lines(lines, refused);
	}

	/**
	 * The lines found or created by {@link #findOrCreateAll}, and the keys refused.
	 */
	public record Lines(Map<PlanLineKey, PlanLineView> lines, Map<PlanLineKey, RuntimeException> refused) {

	}

	/**
	 * The line these codes name, created when the first decision or entry of it arrives.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PlanLineView findOrCreate(OrgUnitScope scope, PlanLineKey key) {
		return findOrCreateEntity(scope, key).view();
	}

	/**
	 * The line {@link #findOrCreate} finds or creates, as the entity, for a decision on
	 * it.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	PlanLine findOrCreateEntity(OrgUnitScope scope, PlanLineKey key) {
		OrgUnitView unit = this.orgUnits.visibleUnit(scope, requireCode("orgUnit", key.orgUnit()));
		ProgramView program = this.programs.findByCode(requireCode("program", key.program()))
			.orElseThrow(() -> new NotFoundException("program", key.program()));
		ProgramComponentView component = (key.component() == null || key.component().isBlank()) ? null
				: this.programs.findComponent(program, key.component().strip())
					.orElseThrow(() -> new NotFoundException("component", key.component()));
		int originYear = requireTypeAndYears(key);
		FundingSource source = key.fundingSourceOrDefault();
		Long componentId = (component == null) ? null : component.id();
		return this.lines
			.findLine(unit.id(), program.id(), componentId, key.capitalType(), source, key.planYear(), originYear)
			.orElseGet(() -> this.lines.saveAndFlush(new PlanLine(unit.id(), program.id(), componentId,
					key.capitalType(), source, key.planYear(), originYear)));
	}

	/**
	 * Adds to {@code found} every rule the codes of a new line break, the parts not given
	 * ({@code null}) left out: a capital type, plan and origin years in range, the origin
	 * year not after the plan year, and a component that belongs to the program chosen (a
	 * program that does not exist is not found on saving).
	 */
	public void checkKey(String program, String component, CapitalType capitalType, Integer planYear,
			Integer originYear, RuleViolations found) {
		if (program != null && !program.isBlank() && component != null && !component.isBlank()) {
			this.programs.findByCode(program.strip())
				.filter(chosen -> this.programs.findComponent(chosen, component.strip()).isEmpty())
				.ifPresent(chosen -> found
					.add(new RuleViolationException("component", "decision.componentNotInProgram", chosen.code())));
		}
		if (capitalType == null) {
			found.add(new RuleViolationException("capitalType", "planLine.capitalTypeRequired"));
		}
		if (planYear != null) {
			found.check(() -> requireYear("planYear", planYear));
		}
		int origin = (originYear != null) ? originYear : (planYear != null) ? planYear : Quarter.FIRST_YEAR;
		if (originYear != null) {
			found.check(() -> requireYear("originYear", origin));
		}
		if (planYear != null && !found.names("planYear") && !found.names("originYear") && origin > planYear) {
			found.add(new RuleViolationException("originYear", "planLine.originAfterPlanYear"));
		}
	}

	/**
	 * The line of {@code year} that capital carried over from {@code source} goes onto:
	 * same holder, program, component, capital type, funding source and origin year; the
	 * one entered by hand with that key, if any, or a new one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	PlanLine findOrCreateCarried(PlanLine source, int year) {
		unitOf(source.view()).requireOpenForFigures(LocalDate.of(year, 1, 1));
		return this.lines
			.findLine(source.getOrgUnitId(), source.getProgramId(), source.getComponentId(), source.getCapitalType(),
					source.getFundingSource(), year, source.getOriginYear())
			.orElseGet(() -> this.lines
				.saveAndFlush(new PlanLine(source.getOrgUnitId(), source.getProgramId(), source.getComponentId(),
						source.getCapitalType(), source.getFundingSource(), year, source.getOriginYear())));
	}

	/**
	 * The line of {@code year} with the key of {@code source} (its holder, program,
	 * component, capital type, funding source and origin year), if there is one.
	 */
	public Optional<PlanLineView> lineWithKeyOf(PlanLineView source, int year) {
		return this.lines
			.findLine(source.orgUnitId(), source.programId(), source.componentId(), source.capitalType(),
					source.fundingSource(), year, source.originYear())
			.map(PlanLine::view);
	}

	/**
	 * The line of {@code year} with the key of {@code source} held by {@code holder}, if
	 * there is one.
	 */
	public Optional<PlanLineView> lineWithKeyOf(PlanLineView source, int year, OrgUnitView holder) {
		return this.lines
			.findLine(holder.id(), source.programId(), source.componentId(), source.capitalType(),
					source.fundingSource(), year, source.originYear())
			.map(PlanLine::view);
	}

	/**
	 * The lines with these ids, by id; one that does not exist is absent.
	 */
	public Map<Long, PlanLineView> linesById(Collection<Long> ids) {
		return this.lines.findAllById(ids).stream().collect(Collectors.toMap(PlanLine::getId, PlanLine::view));
	}

	/**
	 * The lines of a unit's subtree for a plan year, in the order of programs, components
	 * and units.
	 */
	public List<PlanLineView> linesOf(OrgUnitView unit, int planYear) {
		return views(this.lines.findForYear(unit.subtreePattern(), planYear));
	}

	/**
	 * The lines of a plan year held in the subtree of a unit as it stood on a day, as
	 * they were held then: a merged unit's lines are its successor's from the merger on.
	 * In the order of programs, components and units.
	 */
	public List<PlanLineView> linesHeldOn(TreePosition at, int planYear) {
		return linesFor(lineIdsHeldOn(at, planYear));
	}

	/**
	 * The ids of the lines {@link #linesHeldOn} gives, without reading the lines.
	 */
	public List<Long> lineIdsHeldOn(TreePosition at, int planYear) {
		return this.history.heldOn(at.subtreePattern(), at.day(), planYear);
	}

	/**
	 * The lines with these ids, in the order of programs, components and units.
	 */
	public List<PlanLineView> linesFor(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : views(this.lines.findForIds(ids));
	}

	private static List<PlanLineView> views(List<PlanLine> lines) {
		return lines.stream().map(PlanLine::view).toList();
	}

	/**
	 * The lines whose figures each of these lines carries on a day, the lines themselves
	 * included (a merged unit's lines, passed on to its successor's): the line they are
	 * reported as, by the id of the line behind it.
	 */
	public Map<Long, Long> linesBehind(Collection<Long> lineIds, LocalDate day) {
		return this.history.behind(lineIds, day);
	}

	/**
	 * A line's figures for a period of its plan year ({@link LineFigures#END_OF_TIME} for
	 * every decision and entry), with those of the lines it carries on a day.
	 */
	public LineFigures figuresOf(PlanLineView line, LocalDate day, int period) {
		return this.history.figuresOf(List.of(line.id()), day, period).getOrDefault(line.id(), LineFigures.ZERO);
	}

	/**
	 * The figures of many lines as {@link #figuresOf(PlanLineView, LocalDate, int)} gives
	 * them, by line id, in one query.
	 */
	public Map<Long, LineFigures> figuresOf(Collection<Long> lineIds, LocalDate day, int period) {
		return this.history.figuresOf(lineIds, day, period);
	}

	/**
	 * The lines a unit holds from now on, its own and those passed to it: what a merger
	 * or a split passes on. In the order of programs, components and units.
	 */
	public List<PlanLineView> linesHeldBy(OrgUnitView unit) {
		return views(entitiesHeldBy(unit));
	}

	private List<PlanLine> entitiesHeldBy(OrgUnitView unit) {
		Set<Long> ids = new HashSet<>(this.history.currentlyHeldBy(unit.id()).values());
		return ids.isEmpty() ? List.of() : this.lines.findForIds(ids);
	}

	/**
	 * Whether the lines of the unit changed hands after {@code day}.
	 */
	public boolean linesChangedAfter(OrgUnitView unit, LocalDate day) {
		return this.history.changedAfter(unit.id(), day);
	}

	/**
	 * Passes lines the unit holds to another unit from a day on, each onto the other
	 * unit's line with the same key (program, component, capital type, funding source,
	 * plan and origin year), created when it has none: lines with one key handed to one
	 * unit become one line of it, and its figures from then on include their whole
	 * history. {@code lineIds}: the lines to pass, {@code null} for all.
	 * @return the lines passed on
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public List<PlanLineView> passLines(OrgUnitView from, OrgUnitView to, LocalDate on, Collection<Long> lineIds) {
		List<PlanLine> passed = entitiesHeldBy(from).stream()
			.filter(line -> lineIds == null || lineIds.contains(line.getId()))
			.toList();
		for (PlanLine source : passed) {
			PlanLine target = this.lines
				.findLine(to.id(), source.getProgramId(), source.getComponentId(), source.getCapitalType(),
						source.getFundingSource(), source.getPlanYear(), source.getOriginYear())
				.orElseGet(() -> this.lines.saveAndFlush(source.successorLine(to.id())));
			this.history.pass(source.getId(), target.getId(), on);
		}
		return views(passed);
	}

	/**
	 * How many plan lines each program has, by program id; a program without any is
	 * absent.
	 */
	public Map<Long, Long> lineCountsByProgram() {
		return counts(this.lines.countByProgram());
	}

	/**
	 * How many plan lines each component of a program has, by component id; a component
	 * without any is absent.
	 */
	public Map<Long, Long> lineCountsByComponent(long programId) {
		return counts(this.lines.countByComponent(programId));
	}

	private static Map<Long, Long> counts(List<Object[]> pairs) {
		Map<Long, Long> counts = new HashMap<>();
		pairs.forEach(pair -> counts.put((Long) pair[0], (Long) pair[1]));
		return counts;
	}

	/**
	 * The program of each of the plan lines with these ids that still exist, by line id.
	 */
	public Map<Long, Long> programIdsOf(Collection<Long> planLineIds) {
		return this.lines.findAllById(planLineIds)
			.stream()
			.collect(Collectors.toMap(PlanLine::getId, PlanLine::getProgramId));
	}

	/**
	 * The units, programs and components of these lines, each read once: one query for
	 * each kind at most, none for those the transaction read already.
	 */
	public LineParts partsOf(Collection<PlanLineView> lines) {
		return new LineParts(unitsOf(lines),
				this.programs.programsByIds(lines.stream().map(PlanLineView::programId).collect(Collectors.toSet())),
				this.programs.componentsByIds(lines.stream()
					.map(PlanLineView::componentId)
					.filter(java.util.Objects::nonNull)
					.collect(Collectors.toSet())));
	}

	/**
	 * The parts of one line, as {@link #partsOf(Collection)} reads those of many.
	 */
	public LineParts partsOf(PlanLineView line) {
		return partsOf(List.of(line));
	}

	/**
	 * The units that hold these lines, by unit id, as {@link #partsOf} reads them.
	 */
	public Map<Long, OrgUnitView> unitsOf(Collection<PlanLineView> lines) {
		return this.orgUnits.byIds(lines.stream().map(PlanLineView::orgUnitId).collect(Collectors.toSet()));
	}

	/**
	 * The unit that holds the line (not read again when the transaction has read it).
	 */
	public OrgUnitView unitOf(PlanLineView line) {
		return this.orgUnits.findById(line.orgUnitId())
			.orElseThrow(() -> new NotFoundException("orgUnit", line.orgUnitId()));
	}

	private void requireVisible(OrgUnitScope scope, OrgUnitView unit, Object key) {
		try {
			this.orgUnits.visibleUnit(scope, unit.code());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("planLine", key);
		}
	}

	private static String requireCode(String field, String code) {
		if (code == null || code.isBlank()) {
			throw new RuleViolationException(field, "field.required");
		}
		return code.strip();
	}

	/**
	 * Refuses a key without a capital type, with a year out of range or an origin year
	 * after its plan year.
	 * @return the key's origin year (its plan year when none is given)
	 */
	private static int requireTypeAndYears(PlanLineKey key) {
		if (key.capitalType() == null) {
			throw new RuleViolationException("capitalType", "planLine.capitalTypeRequired");
		}
		requireYear("planYear", key.planYear());
		int originYear = key.originYearOrDefault();
		requireYear("originYear", originYear);
		if (originYear > key.planYear()) {
			throw new RuleViolationException("originYear", "planLine.originAfterPlanYear");
		}
		return originYear;
	}

	private static void requireYear(String field, int year) {
		if (year < Quarter.FIRST_YEAR || year > Quarter.LAST_YEAR) {
			throw new RuleViolationException(field, "field.year");
		}
	}

}
