package org.programtracker.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLineRepository;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;
import org.programtracker.program.ProgramService;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;

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

	PlanLineService(PlanLineRepository lines, AllocationRepository allocations, OrgUnitService orgUnits,
			ProgramService programs) {
		this.lines = lines;
		this.allocations = allocations;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	public PlanLine visibleLine(OrgUnitScope scope, long id) {
		PlanLine line = this.lines.findById(id).orElseThrow(() -> new NotFoundException("planLine", id));
		requireVisible(scope, line, id);
		return line;
	}

	/**
	 * The line these codes name, created when the first decision or entry of it arrives.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PlanLine findOrCreate(OrgUnitScope scope, PlanLineKey key) {
		OrgUnit unit = this.orgUnits.visibleUnit(scope, requireCode("orgUnit", key.orgUnit()));
		unit.requireOpenForFigures();
		Program program = this.programs.findByCode(requireCode("program", key.program()))
			.orElseThrow(() -> new NotFoundException("program", key.program()));
		ProgramComponent component = (key.component() == null || key.component().isBlank()) ? null
				: this.programs.findComponent(program, key.component().strip())
					.orElseThrow(() -> new NotFoundException("component", key.component()));
		if (key.capitalType() == null) {
			throw new RuleViolationException("capitalType", "planLine.capitalTypeRequired");
		}
		requireYear("planYear", key.planYear());
		int originYear = key.originYearOrDefault();
		requireYear("originYear", originYear);
		if (originYear > key.planYear()) {
			throw new RuleViolationException("originYear", "planLine.originAfterPlanYear");
		}
		FundingSource source = key.fundingSourceOrDefault();
		return this.lines.findLine(unit, program, component, key.capitalType(), source, key.planYear(), originYear)
			.orElseGet(() -> this.lines.saveAndFlush(
					new PlanLine(unit, program, component, key.capitalType(), source, key.planYear(), originYear)));
	}

	/**
	 * The line of {@code year} that capital carried over from {@code source} goes onto:
	 * same holder, program, component, capital type, funding source and origin year; the
	 * one entered by hand with that key, if any, or a new one.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	PlanLine findOrCreateCarried(PlanLine source, int year) {
		source.getOrgUnit().requireOpenForFigures();
		return this.lines
			.findLine(source.getOrgUnit(), source.getProgram(), source.getComponent(), source.getCapitalType(),
					source.getFundingSource(), year, source.getOriginYear())
			.orElseGet(() -> this.lines
				.saveAndFlush(new PlanLine(source.getOrgUnit(), source.getProgram(), source.getComponent(),
						source.getCapitalType(), source.getFundingSource(), year, source.getOriginYear())));
	}

	/**
	 * The line of {@code year} with the key of {@code source} (its holder, program,
	 * component, capital type, funding source and origin year), if there is one.
	 */
	public Optional<PlanLine> lineWithKeyOf(PlanLine source, int year) {
		return this.lines.findLine(source.getOrgUnit(), source.getProgram(), source.getComponent(),
				source.getCapitalType(), source.getFundingSource(), year, source.getOriginYear());
	}

	/**
	 * The lines with these ids, by id; one that does not exist is absent.
	 */
	public Map<Long, PlanLine> linesById(Collection<Long> ids) {
		return this.lines.findAllById(ids).stream().collect(Collectors.toMap(PlanLine::getId, line -> line));
	}

	/**
	 * The own deadlines of those of these lines that have one (carried-over lines), by
	 * line id.
	 */
	public Map<Long, LocalDate> deadlinesOf(Collection<Long> lineIds) {
		Map<Long, LocalDate> deadlines = new HashMap<>();
		if (!lineIds.isEmpty()) {
			this.lines.findDeadlines(lineIds).forEach(pair -> deadlines.put((Long) pair[0], (LocalDate) pair[1]));
		}
		return deadlines;
	}

	/**
	 * The lines of a unit's subtree for a plan year, in the order of programs, components
	 * and units.
	 */
	public List<PlanLine> linesOf(OrgUnit unit, int planYear) {
		return this.lines.findForYear(unit.subtreePattern(), planYear);
	}

	/**
	 * The plan of a line as of a date: its decisions dated on or before it.
	 */
	public BigDecimal planAsOf(PlanLine line, LocalDate asOf) {
		return this.allocations.planAsOf(line, asOf);
	}

	/**
	 * The plans of many lines as of a date, by line id; a line without a decision by then
	 * is absent.
	 */
	public Map<Long, BigDecimal> plansAsOf(List<Long> lineIds, LocalDate asOf) {
		Map<Long, BigDecimal> plans = new HashMap<>();
		if (!lineIds.isEmpty()) {
			this.allocations.plansAsOf(lineIds, asOf).forEach(pair -> plans.put((Long) pair[0], (BigDecimal) pair[1]));
		}
		return plans;
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
			.collect(Collectors.toMap(PlanLine::getId, line -> line.getProgram().getId()));
	}

	private void requireVisible(OrgUnitScope scope, PlanLine line, Object key) {
		try {
			this.orgUnits.visibleUnit(scope, line.getOrgUnit().getCode());
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

	private static void requireYear(String field, int year) {
		if (year < Quarter.FIRST_YEAR || year > Quarter.LAST_YEAR) {
			throw new RuleViolationException(field, "field.year");
		}
	}

}
