package org.programtracker.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Collectors;

import org.programtracker.allocation.CapitalType;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;
import org.programtracker.program.ProgramComponentRepository;
import org.programtracker.program.ProgramRepository;
import org.programtracker.progress.ProgressFacts.Fact;
import org.programtracker.progress.ProgressReport.Level;
import org.programtracker.shared.NotFoundException;
import org.programtracker.shared.domain.LocalizedName;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes progress against plan for any org-unit subtree and any level of the program
 * tree. The dashboard, the printed summary and the API all read it, so they show the same
 * figures.
 * <p>
 * The plan of a quarter counts the allocation decisions dated up to the quarter's last
 * day; the disbursed amount sums quarters 1 to Q of the plan year. Capital carried over
 * from earlier years is kept on its own rows and never mixed into the year's plan.
 */
@Service
@Transactional(readOnly = true)
public class ProgressService {

	private final ProgressFacts facts;

	private final OrgUnitService orgUnits;

	private final ProgramRepository programs;

	private final ProgramComponentRepository components;

	ProgressService(ProgressFacts facts, OrgUnitService orgUnits, ProgramRepository programs,
			ProgramComponentRepository components) {
		this.facts = facts;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.components = components;
	}

	/**
	 * One row per active program the scope covers and capital type, always present, for
	 * the subtree of {@code orgUnitCode} (by default the root of the caller's scope).
	 */
	public ProgressReport byProgram(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		OrgUnit unit = this.orgUnits.visibleUnit(scope, orgUnitCode);
		List<Program> activePrograms = this.programs.findActive()
			.stream()
			.filter(program -> scope.covers(program.getId()))
			.toList();
		List<Fact> sums = this.facts.sums(unit.subtreePattern(), quarter.year(), quarter.endDate(), quarter.quarter(),
				null, scope.programIds());
		Map<Long, Bucket> buckets = new LinkedHashMap<>();
		activePrograms
			.forEach(program -> buckets.put(program.getId(), new Bucket(program.getCode(), program.getName(), true)));
		sums.forEach(fact -> {
			Bucket bucket = buckets.get(fact.programId());
			if (bucket != null) {
				bucket.add(fact);
			}
		});
		return report(quarter, unit, Level.PROGRAMS, buckets.values());
	}

	/**
	 * One row per child of {@code componentCode} (or per top-level component of the
	 * program when it is {@code null}) and capital type, always present, plus rows for
	 * capital held by that level itself without a finer breakdown, when there is any.
	 */
	public ProgressReport byComponent(OrgUnitScope scope, String orgUnitCode, String programCode, String componentCode,
			Quarter quarter) {
		OrgUnit unit = this.orgUnits.visibleUnit(scope, orgUnitCode);
		Program program = this.programs.findByCode(programCode)
			.filter(found -> scope.covers(found.getId()))
			.orElseThrow(() -> new NotFoundException("program", programCode));
		Map<Long, ProgramComponent> tree = this.components.findByProgram(program)
			.stream()
			.collect(Collectors.toMap(ProgramComponent::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
		ProgramComponent parent = (componentCode == null) ? null
				: tree.values()
					.stream()
					.filter(component -> component.getCode().equals(componentCode))
					.findFirst()
					.orElseThrow(() -> new NotFoundException("component", componentCode));
		Long parentId = (parent == null) ? null : parent.getId();

		Map<Long, Bucket> children = new LinkedHashMap<>();
		tree.values()
			.stream()
			.filter(component -> Objects.equals(parentIdOf(component), parentId))
			.forEach(component -> children.put(component.getId(),
					new Bucket(component.getCode(), component.getName(), true)));
		Bucket undivided = new Bucket(null, null, false);

		for (Fact fact : this.facts.sums(unit.subtreePattern(), quarter.year(), quarter.endDate(), quarter.quarter(),
				program.getId())) {
			ProgramComponent child = childOnPath(tree, fact.componentId(), parentId);
			if (child != null) {
				children.get(child.getId()).add(fact);
			}
			else if (Objects.equals(fact.componentId(), parentId)) {
				undivided.add(fact);
			}
		}
		List<Bucket> buckets = new ArrayList<>(children.values());
		buckets.add(undivided);
		Level level = new Level(program.getCode(), program.getName(), componentCode,
				(parent == null) ? null : parent.getName());
		return report(quarter, unit, level, buckets);
	}

	/**
	 * The latest quarter, up to the one containing {@code today}, in which anything was
	 * disbursed; the current quarter when nothing was.
	 */
	public Quarter latestQuarterWithFigures(LocalDate today) {
		Quarter current = Quarter.containing(today);
		return this.facts.latestQuarterWithDisbursements(current).orElse(current);
	}

	/**
	 * The quarter a page shows: the one asked for (quarter 1 when only a year is given),
	 * or by default the latest quarter with figures.
	 */
	public Quarter chooseQuarter(Integer year, Integer quarter, LocalDate today) {
		if (year == null && quarter == null) {
			return latestQuarterWithFigures(today);
		}
		return new Quarter((year == null) ? today.getYear() : year, (quarter == null) ? 1 : quarter);
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
	private static ProgramComponent childOnPath(Map<Long, ProgramComponent> tree, Long componentId, Long parentId) {
		ProgramComponent current = (componentId == null) ? null : tree.get(componentId);
		while (current != null) {
			if (Objects.equals(parentIdOf(current), parentId)) {
				return current;
			}
			current = tree.get(parentIdOf(current));
		}
		return null;
	}

	private static Long parentIdOf(ProgramComponent component) {
		return (component.getParent() == null) ? null : component.getParent().getId();
	}

	private static ProgressReport report(Quarter quarter, OrgUnit unit, Level level, Iterable<Bucket> buckets) {
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
		return new ProgressReport(quarter, quarter.endDate(), unit.getCode(), unit.getName(), level, List.copyOf(rows),
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

		void add(Fact fact) {
			(fact.carriedOver() ? this.carried : this.year).merge(fact.capitalType(), fact.figures(), Figures::plus);
		}

	}

}
