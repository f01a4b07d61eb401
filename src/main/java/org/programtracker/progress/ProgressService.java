package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.orgunit.OrgUnitHistory;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.orgunit.TreePosition;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.progress.ProgressFacts.AssignedFact;
import org.programtracker.progress.ProgressFacts.Entry;
import org.programtracker.progress.ProgressFacts.Fact;
import org.programtracker.progress.ProgressFacts.LineHeader;
import org.programtracker.progress.ProgressFacts.QuarterFact;
import org.programtracker.progress.ProgressFacts.UnitFact;
import org.programtracker.progress.ProgressReport.Level;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.LocalizedName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes progress against plan for any org-unit subtree and any level of the program
 * tree. The dashboard, the printed summary and the API all read it, so they show the same
 * figures.
 * <p>
 * The plan of a quarter counts the allocation decisions dated up to the quarter's last
 * day; the disbursed amount sums quarters 1 to Q of the plan year. The year's final
 * figures, asked for as its extension period ({@link Quarter#extension(int)}), count the
 * decisions up to the plan year's deadline and the quarters 1 to 4 with the extension
 * period. Capital carried over from earlier years is kept on its own rows and never mixed
 * into the year's plan.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

	private final ProgressFacts facts;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final PlanYearService planYears;

	private final OrgUnitHistory tree;

	ProgressService(ProgressFacts facts, OrgUnitService orgUnits, OrgUnitHistory tree, ProgramService programs,
			PlanYearService planYears) {
		this.facts = facts;
		this.orgUnits = orgUnits;
		this.tree = tree;
		this.programs = programs;
		this.planYears = planYears;
	}

	/**
	 * One row per program running in the year that the scope covers and capital type,
	 * always present, for the subtree of {@code orgUnitCode} (by default the root of the
	 * caller's scope); a program that does not run in the year only has rows for capital
	 * it holds in it (carried over into it, most often). Capital carried over from
	 * earlier years is on rows of its own.
	 */
	public ProgressReport byProgram(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		return byProgram(scope, orgUnitCode, quarter, null);
	}

	/**
	 * The report by program as above, of the capital funded from {@code source} only (the
	 * central or the local budget), or of all when it is {@code null}.
	 */
	public ProgressReport byProgram(OrgUnitScope scope, String orgUnitCode, Quarter quarter, FundingSource source) {
		LocalDate planAsOf = this.planYears.planAsOf(quarter);
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, planAsOf);
		return byProgram(scope, unit, quarter, planAsOf, source,
				this.facts.assigned(unit, quarter.year(), quarter.quarter(), null, scope.programIds(), source));
	}

	/**
	 * The report by program ({@link #byProgram}) and the subtree rolled up to the unit's
	 * children for all programs ({@link #byOrgUnit}) of the same unit, as those give
	 * them, with the capital assigned read once for both: what the dashboard shows first.
	 */
	public SubtreeProgress byProgramAndOrgUnit(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		LocalDate planAsOf = this.planYears.planAsOf(quarter);
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, planAsOf);
		List<AssignedFact> assigned = this.facts.assignedByChildUnit(unit, quarter.year(), quarter.quarter(), null,
				scope.programIds());
		return new SubtreeProgress(
				byProgram(scope, unit, quarter, planAsOf, null,
						assigned.stream().filter(fact -> fact.childCode() == null).toList()),
				byOrgUnit(scope, unit, quarter, select(scope, null, null), assigned));
	}

	private ProgressReport byProgram(OrgUnitScope scope, TreePosition unit, Quarter quarter, LocalDate planAsOf,
			FundingSource source, List<AssignedFact> assigned) {
		List<ProgramView> activePrograms = this.programs.programsRunningIn(quarter.year())
			.stream()
			.filter(program -> scope.covers(program.id()))
			.toList();
		List<Fact> sums = this.facts.sums(unit, quarter.year(), quarter.quarter(), null, scope.programIds(), source);
		Map<Long, Bucket> buckets = new LinkedHashMap<>();
		activePrograms.forEach(program -> buckets.put(program.id(), new Bucket(program.code(), program.name(), true)));
		Map<Long, ProgramView> otherPrograms = new LinkedHashMap<>();
		sums.forEach(fact -> bucketOf(buckets, otherPrograms, fact.programId())
			.ifPresent(bucket -> bucket.add(fact.carriedOver(), fact.capitalType(), fact.figures())));
		assigned.forEach(fact -> bucketOf(buckets, otherPrograms, fact.programId()).ifPresent(
				bucket -> bucket.add(fact.carriedOver(), fact.capitalType(), Figures.assigned(fact.assignedVnd()))));
		return report(quarter, planAsOf, unit, Level.PROGRAMS, buckets.values());
	}

	/**
	 * The bucket of a program's row: a program running in the year has one from the
	 * start; one outside its years only once it holds capital in the year (carried over
	 * into it, most often), so that no amount is left out of the report; an archived
	 * program none, since archiving takes it out of the reports.
	 */
	private Optional<Bucket> bucketOf(Map<Long, Bucket> buckets, Map<Long, ProgramView> others, long programId) {
		Bucket bucket = buckets.get(programId);
		if (bucket != null) {
			return Optional.of(bucket);
		}
		if (others.isEmpty()) {
			this.programs.activePrograms().forEach(program -> others.put(program.id(), program));
		}
		return Optional.ofNullable(others.get(programId))
			.map(program -> buckets.computeIfAbsent(programId,
					id -> new Bucket(program.code(), program.name(), false)));
	}

	/**
	 * One row per child of {@code componentCode} (or per top-level component of the
	 * program when it is {@code null}) and capital type, always present, plus rows for
	 * capital held by that level itself without a finer breakdown, when there is any.
	 */
	public ProgressReport byComponent(OrgUnitScope scope, String orgUnitCode, String programCode, String componentCode,
			Quarter quarter) {
		LocalDate planAsOf = this.planYears.planAsOf(quarter);
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, planAsOf);
		ProgramView program = this.programs.findByCode(programCode)
			.filter(found -> scope.covers(found.id()))
			.orElseThrow(() -> new NotFoundException("program", programCode));
		Map<Long, ProgramComponentView> tree = this.programs.componentsOf(program)
			.stream()
			.collect(Collectors.toMap(ProgramComponentView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		ProgramComponentView parent = (componentCode == null) ? null
				: tree.values()
					.stream()
					.filter(component -> component.code().equals(componentCode))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("component", componentCode));
		Long parentId = (parent == null) ? null : parent.id();

		Map<Long, Bucket> children = new LinkedHashMap<>();
		tree.values()
			.stream()
			.filter(component -> Objects.equals(parentIdOf(component), parentId))
			.forEach(component -> children.put(component.id(), new Bucket(component.code(), component.name(), true)));
		Bucket undivided = new Bucket(null, null, false);

		for (Fact fact : this.facts.sums(unit, quarter.year(), quarter.quarter(), program.id())) {
			ProgramComponentView child = childOnPath(tree, fact.componentId(), parentId);
			if (child != null) {
				children.get(child.id()).add(fact.carriedOver(), fact.capitalType(), fact.figures());
			}
			else if (Objects.equals(fact.componentId(), parentId)) {
				undivided.add(fact.carriedOver(), fact.capitalType(), fact.figures());
			}
		}
		List<Bucket> buckets = new ArrayList<>(children.values());
		buckets.add(undivided);
		Level level = new Level(program.code(), program.name(), componentCode, (parent == null) ? null : parent.name());
		return report(quarter, planAsOf, unit, level, buckets);
	}

	/**
	 * The subtree of {@code orgUnitCode} rolled up to the unit's children, for one
	 * program (or all when {@code programCode} is {@code null}) and the subtree of one
	 * component (or the whole program when {@code componentCode} is {@code null}).
	 */
	public UnitBreakdown byOrgUnit(OrgUnitScope scope, String orgUnitCode, String programCode, String componentCode,
			Quarter quarter) {
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, this.planYears.planAsOf(quarter));
		Selection selection = select(scope, programCode, componentCode);
		// Capital is assigned to a unit for a program, not for a component.
		return byOrgUnit(scope, unit, quarter, selection,
				(selection.componentIds() == null) ? this.facts.assignedByChildUnit(unit, quarter.year(),
						quarter.quarter(), selection.programId(), scope.programIds()) : null);
	}

	/**
	 * The breakdown by child unit, with the capital assigned to each child and to the
	 * unit's subtree ({@link ProgressFacts#assignedByChildUnit}) unless it is
	 * {@code null} (for a component, which capital is not assigned to).
	 */
	private UnitBreakdown byOrgUnit(OrgUnitScope scope, TreePosition unit, Quarter quarter, Selection selection,
			List<AssignedFact> assigned) {
		Map<String, UnitProgress> units = new LinkedHashMap<>();
		for (UnitFact fact : this.facts.sumsByChildUnit(unit, quarter.year(), quarter.quarter(), selection.programId(),
				selection.componentIds(), scope.programIds())) {
			boolean heldByParent = fact.childCode().isEmpty();
			String code = heldByParent ? unit.code() : fact.childCode();
			UnitProgress row = units.computeIfAbsent(code,
					key -> new UnitProgress(key, heldByParent ? unit.name() : fact.childName(), heldByParent,
							new EnumMap<>(CapitalType.class), new EnumMap<>(CapitalType.class)));
			if (fact.capitalType() != null) {
				row.add(fact.carriedOver(), fact.capitalType(), fact.figures());
			}
		}
		boolean assignedBase = assigned != null;
		BigDecimal assignedTotal = BigDecimal.ZERO;
		if (assignedBase) {
			for (AssignedFact fact : assigned) {
				// no child code: the unit's own subtree, whose total leaves carried-over
				// capital out
				if (fact.childCode() == null) {
					assignedTotal = fact.carriedOver() ? assignedTotal : assignedTotal.add(fact.assignedVnd());
				}
				else if (units.containsKey(fact.childCode())) {
					units.get(fact.childCode())
						.add(fact.carriedOver(), fact.capitalType(), Figures.assigned(fact.assignedVnd()));
				}
			}
		}
		return new UnitBreakdown(quarter, unit.code(), unit.name(), List.copyOf(units.values()), assignedBase,
				assignedTotal);
	}

	/**
	 * Every plan line held in the subtree of {@code orgUnitCode}, of one program (or all)
	 * and the subtree of one component (or the whole program), with its figures.
	 */
	public List<PlanLineProgress> planLines(OrgUnitScope scope, String orgUnitCode, String programCode,
			String componentCode, Quarter quarter) {
		LocalDate planAsOf = this.planYears.planAsOf(quarter);
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, planAsOf);
		Selection selection = select(scope, programCode, componentCode);
		return this.facts
			.sumsByPlanLine(unit, quarter.year(), quarter.quarter(), selection.programId(), selection.componentIds(),
					scope.programIds())
			.stream()
			.map(ProgressService::progressOf)
			.toList();
	}

	/**
	 * The plan lines of the subtree of {@code orgUnitCode} that need attention, picked in
	 * the database however many lines the subtree holds, by {@code rule}: at most
	 * {@code limit} lagging lines with a sizeable plan, at most {@code limit} lines over
	 * plan (or disbursed without a plan) and at most {@code limit} carried-over lines
	 * close to their own deadline with a low percent, with how many there are of each of
	 * the last two.
	 */
	public LinesNeedingAttention linesNeedingAttention(OrgUnitScope scope, String orgUnitCode, Quarter quarter,
			AttentionRule rule) {
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, this.planYears.planAsOf(quarter));
		ProgressFacts.AttentionFacts facts = this.facts.attentionFacts(unit, quarter.year(), quarter.quarter(), rule,
				scope.programIds());
		return new LinesNeedingAttention(facts.lagging().stream().map(ProgressService::progressOf).toList(),
				facts.overPlan().stream().map(ProgressService::progressOf).toList(), facts.overPlanTotal(),
				facts.carriedDue()
					.stream()
					.map(due -> new LinesNeedingAttention.DueLine(progressOf(due.line()), due.deadline()))
					.toList(),
				facts.carriedDueTotal());
	}

	private static PlanLineProgress progressOf(ProgressFacts.LineFact line) {
		return new PlanLineProgress(line.id(), line.unitCode(), line.unitName(), line.programCode(),
				line.componentCode(), line.componentName(), line.capitalType(), line.fundingSource(), line.originYear(),
				line.carriedOver(), line.figures());
	}

	/**
	 * Each running program's own capital of the plan year (carried-over capital left
	 * out), cumulated quarter by quarter from the first quarter to {@code upTo}, followed
	 * by the total of all programs.
	 */
	public List<ProgramSeries> cumulativeByProgram(OrgUnitScope scope, String orgUnitCode, Quarter upTo) {
		return cumulativeByProgram(scope, orgUnitCode, upTo, upTo);
	}

	/**
	 * The series as above, over the tree as it stood at the end of {@code treeOf}: the
	 * same quarters of the year before, compared with this year, count the figures of a
	 * merged unit's predecessors as its own.
	 */
	public List<ProgramSeries> cumulativeByProgram(OrgUnitScope scope, String orgUnitCode, Quarter upTo,
			Quarter treeOf) {
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, this.planYears.planAsOf(treeOf));
		Map<Long, Figures[]> byProgram = new LinkedHashMap<>();
		List<ProgramView> active = this.programs.programsRunningIn(upTo.year())
			.stream()
			.filter(program -> scope.covers(program.id()))
			.toList();
		active.forEach(program -> byProgram.put(program.id(), emptySeries(upTo.quarter())));
		Figures[] total = emptySeries(upTo.quarter());
		for (QuarterFact fact : this.facts.cumulativeByQuarter(unit, upTo.year(), upTo.quarter(), scope.programIds())) {
			Figures[] series = byProgram.get(fact.programId());
			if (series != null) {
				series[fact.quarter() - 1] = series[fact.quarter() - 1].plus(fact.figures());
				total[fact.quarter() - 1] = total[fact.quarter() - 1].plus(fact.figures());
			}
		}
		List<ProgramSeries> result = new ArrayList<>();
		active.forEach(program -> result
			.add(new ProgramSeries(program.code(), program.name(), null, List.of(byProgram.get(program.id())))));
		result.add(new ProgramSeries(null, null, null, List.of(total)));
		return List.copyOf(result);
	}

	/**
	 * The series of {@link #cumulativeByProgram(OrgUnitScope, String, Quarter, Quarter)}
	 * kept apart by capital type, as the progress table is: for each capital type, each
	 * running program's series of that type and then the type's total; investment and
	 * recurrent capital are never added into one percentage here.
	 */
	public List<ProgramSeries> cumulativeByProgramAndCapitalType(OrgUnitScope scope, String orgUnitCode, Quarter upTo,
			Quarter treeOf) {
		TreePosition unit = this.tree.visibleOn(scope, orgUnitCode, this.planYears.planAsOf(treeOf));
		List<ProgramView> active = this.programs.programsRunningIn(upTo.year())
			.stream()
			.filter(program -> scope.covers(program.id()))
			.toList();
		Map<CapitalType, Map<Long, Figures[]>> byType = new EnumMap<>(CapitalType.class);
		Map<CapitalType, Figures[]> totals = new EnumMap<>(CapitalType.class);
		for (CapitalType type : CapitalType.values()) {
			Map<Long, Figures[]> byProgram = new LinkedHashMap<>();
			active.forEach(program -> byProgram.put(program.id(), emptySeries(upTo.quarter())));
			byType.put(type, byProgram);
			totals.put(type, emptySeries(upTo.quarter()));
		}
		for (QuarterFact fact : this.facts.cumulativeByQuarter(unit, upTo.year(), upTo.quarter(), scope.programIds())) {
			Figures[] series = byType.get(fact.capitalType()).get(fact.programId());
			if (series != null) {
				series[fact.quarter() - 1] = series[fact.quarter() - 1].plus(fact.figures());
				Figures[] total = totals.get(fact.capitalType());
				total[fact.quarter() - 1] = total[fact.quarter() - 1].plus(fact.figures());
			}
		}
		List<ProgramSeries> result = new ArrayList<>();
		for (CapitalType type : CapitalType.values()) {
			active.forEach(program -> result.add(new ProgramSeries(program.code(), program.name(), type,
					List.of(byType.get(type).get(program.id())))));
			result.add(new ProgramSeries(null, null, type, List.of(totals.get(type))));
		}
		return List.copyOf(result);
	}

	/**
	 * A plan line with the decisions and quarterly entries behind its figures for a
	 * quarter of its plan year; not found when its unit lies outside the scope.
	 */
	public PlanLineDetail planLine(OrgUnitScope scope, long planLineId, int quarter) {
		LineHeader line = this.facts.lineHeader(planLineId)
			.orElseThrow(() -> new NotFoundException("planLine", planLineId));
		this.orgUnits.visibleUnit(scope, line.unitCode());
		if (!scope.covers(line.programId())) {
			throw new NotFoundException("planLine", planLineId);
		}
		Quarter reported = new Quarter(line.planYear(), quarter);
		LocalDate planAsOf = this.planYears.planAsOf(reported);
		List<PlanLineDetail.Decision> decisions = new ArrayList<>();
		List<PlanLineDetail.QuarterEntry> entries = new ArrayList<>();
		for (Entry entry : this.facts.entries(planLineId)) {
			if (entry.disbursement()) {
				entries.add(new PlanLineDetail.QuarterEntry(entry.quarter(), entry.amountVnd(), entry.advanceVnd(),
						entry.recoveredVnd(), entry.note(), entry.quarter() <= reported.quarter()));
			}
			else {
				decisions.add(new PlanLineDetail.Decision(entry.kind(), entry.decisionNumber(), entry.decisionDate(),
						entry.amountVnd(), entry.note(), !entry.decisionDate().isAfter(planAsOf)));
			}
		}
		return new PlanLineDetail(line.id(), reported, line.unitCode(), line.unitName(), line.programCode(),
				line.programName(), line.componentCode(), line.componentName(), line.capitalType(),
				line.fundingSource(), line.originYear(), List.copyOf(decisions), List.copyOf(entries));
	}

	/**
	 * The components from the top of the program down to {@code componentCode}, the top
	 * first; empty for the program as a whole.
	 */
	public List<ComponentStep> componentPath(OrgUnitScope scope, String programCode, String componentCode) {
		Selection selection = select(scope, programCode, componentCode);
		List<ComponentStep> path = new ArrayList<>();
		ProgramComponentView current = selection.component();
		while (current != null) {
			path.add(0, new ComponentStep(current.code(), current.name()));
			current = selection.tree().get(parentIdOf(current));
		}
		return List.copyOf(path);
	}

	/**
	 * A component on the way down a program's tree.
	 *
	 * @param code its code
	 * @param name its name
	 */
	public record ComponentStep(String code, LocalizedName name) {

	}

	private Selection select(OrgUnitScope scope, String programCode, String componentCode) {
		if (programCode == null || programCode.isBlank()) {
			if (componentCode != null && !componentCode.isBlank()) {
				throw new NotFoundException("component", componentCode);
			}
			return new Selection(null, Map.of(), null, null);
		}
		ProgramView program = this.programs.findByCode(programCode)
			.filter(found -> scope.covers(found.id()))
			.orElseThrow(() -> new NotFoundException("program", programCode));
		if (componentCode == null || componentCode.isBlank()) {
			return new Selection(program, Map.of(), null, null);
		}
		Map<Long, ProgramComponentView> tree = this.programs.componentsOf(program)
			.stream()
			.collect(Collectors.toMap(ProgramComponentView::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		ProgramComponentView component = tree.values()
			.stream()
			.filter(candidate -> candidate.code().equals(componentCode))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("component", componentCode));
		List<Long> subtree = tree.values()
			.stream()
			.filter(candidate -> candidate.id() == component.id()
					|| childOnPath(tree, candidate.id(), component.id()) != null)
			.map(ProgramComponentView::id)
			.toList();
		return new Selection(program, tree, component, subtree);
	}

	private static Figures[] emptySeries(int quarters) {
		Figures[] series = new Figures[quarters];
		Arrays.fill(series, Figures.ZERO);
		return series;
	}

	/**
	 * A program (or all), a component of it (or the whole program), and the ids of that
	 * component's subtree ({@code null}: no restriction).
	 */
	private record Selection(ProgramView program, Map<Long, ProgramComponentView> tree, ProgramComponentView component,
			List<Long> componentIds) {

		Long programId() {
			return (this.program == null) ? null : this.program.id();
		}

	}

	/**
	 * The years a page offers, newest first: from the first plan year with figures to
	 * this year, and the year shown even when it lies outside.
	 */
	public List<Integer> selectableYears(int shownYear, LocalDate today) {
		int first = Math.min(this.facts.firstPlanYear().orElse(today.getYear()), shownYear);
		int last = Math.max(today.getYear(), shownYear);
		return IntStream.rangeClosed(first, last).map(year -> last - (year - first)).boxed().toList();
	}

	/**
	 * The child of {@code parentId} on the way from the root to {@code componentId}, or
	 * {@code null} when the component does not lie strictly below that parent.
	 */
	private static ProgramComponentView childOnPath(Map<Long, ProgramComponentView> tree, Long componentId,
			Long parentId) {
		ProgramComponentView current = (componentId == null) ? null : tree.get(componentId);
		while (current != null) {
			if (Objects.equals(parentIdOf(current), parentId)) {
				return current;
			}
			current = tree.get(parentIdOf(current));
		}
		return null;
	}

	private static Long parentIdOf(ProgramComponentView component) {
		return component.parentId();
	}

	private static ProgressReport report(Quarter quarter, LocalDate planAsOf, TreePosition unit, Level level,
			Iterable<Bucket> buckets) {
		List<ProgressRow> rows = new ArrayList<>();
		List<ProgressRow> carriedOver = new ArrayList<>();
		for (Bucket bucket : buckets) {
			for (CapitalType type : CapitalType.values()) {
				if (bucket.alwaysShown || bucket.year.containsKey(type)) {
					rows.add(new ProgressRow(bucket.code, bucket.name, type,
							bucket.year.getOrDefault(type, Figures.ZERO)));
				}
				if (bucket.carried.containsKey(type)) {
					carriedOver.add(new ProgressRow(bucket.code, bucket.name, type, bucket.carried.get(type)));
				}
			}
		}
		return new ProgressReport(quarter, planAsOf, unit.code(), unit.name(), level, List.copyOf(rows),
				List.copyOf(carriedOver));
	}

	/**
	 * Sums of one row item per capital type, for the plan year and for carried-over
	 * capital; a type is present once any plan line of it exists.
	 */
	private static final class Bucket {

		private final String code;

		private final LocalizedName name;

		private final boolean alwaysShown;

		private final Map<CapitalType, Figures> year = new EnumMap<>(CapitalType.class);

		private final Map<CapitalType, Figures> carried = new EnumMap<>(CapitalType.class);

		Bucket(String code, LocalizedName name, boolean alwaysShown) {
			this.code = code;
			this.name = name;
			this.alwaysShown = alwaysShown;
		}

		void add(boolean carriedOver, CapitalType capitalType, Figures figures) {
			(carriedOver ? this.carried : this.year).merge(capitalType, figures, Figures::plus);
		}

	}

}
