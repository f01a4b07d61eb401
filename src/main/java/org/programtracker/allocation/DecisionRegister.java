package org.programtracker.allocation;

import org.programtracker.allocation.internal.Allocation;

import org.programtracker.allocation.internal.PlanLine;
import org.programtracker.allocation.internal.PlanLineRepository;

import org.programtracker.allocation.internal.AllocationRepository;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.PageBounds;
import org.programtracker.kernel.RecordedDecision;
import org.programtracker.kernel.RegisterFilter;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads allocation decisions for the pages: the filtered list, one decision, and a plan
 * line with its plan as of a date. Everything is limited to the caller's scope; what lies
 * outside it is not found.
 */
@Service
@Transactional(readOnly = true)
public class DecisionRegister {

	static final int PAGE_SIZE = 25;

	private final AllocationRepository allocations;

	private final PlanLineService planLines;

	private final OrgUnitService orgUnits;

	private final PlanLineRepository lines;

	private final ProgramService programs;

	DecisionRegister(AllocationRepository allocations, PlanLineService planLines, OrgUnitService orgUnits,
			PlanLineRepository lines, ProgramService programs) {
		this.allocations = allocations;
		this.planLines = planLines;
		this.orgUnits = orgUnits;
		this.lines = lines;
		this.programs = programs;
	}

	/**
	 * What the filters and the form offer: the units, programs and components within the
	 * caller's scope, and the plan years that have lines.
	 */
	public Choices choices(AppUserPrincipal user) {
		OrgUnitScope scope = user.scope();
		List<ProgramView> visiblePrograms = this.programs.activePrograms()
			.stream()
			.filter(program -> scope.covers(program.id()))
			.toList();
		List<ComponentChoice> componentChoices = visiblePrograms.stream()
			.flatMap(program -> this.programs.componentsOf(program)
				.stream()
				.map(component -> new ComponentChoice(program.code(), component.code(), component.name())))
			.toList();
		List<ProgramChoice> programChoices = visiblePrograms.stream()
			.map(program -> new ProgramChoice(program.code(), program.name(),
					componentChoices.stream().filter(c -> c.programCode().equals(program.code())).toList()))
			.toList();
		List<UnitChoice> units = this.orgUnits.visibleUnits(scope)
			.stream()
			.map(unit -> new UnitChoice(unit.code(), unit.name(), unit.depth(), !unit.closed()))
			.toList();
		return new Choices(units, programChoices, this.lines.findPlanYears());
	}

	public Listing list(AppUserPrincipal user, Filter filter, int page) {
		OrgUnitScope scope = user.scope();
		String pattern = pattern(scope, filter);
		String program = blank(filter.program()) ? null : filter.program().strip();
		Set<Long> programIds = scope.limitsPrograms() ? scope.programIds() : Set.of(-1L);
		PageRequest asked = PageBounds.of(page, PAGE_SIZE, filter.sort());
		Page<Decision> found = search(scope, filter, asked);
		PageRequest last = PageBounds.last(asked, found.getTotalElements());
		if (!last.equals(asked)) {
			found = search(scope, filter, last);
		}
		BigDecimal total = this.allocations.total(pattern, filter.year(), program, filter.capitalTypeName(),
				!scope.limitsPrograms(), programIds);
		return new Listing(found, total);
	}

	/**
	 * Every decision of the register as filtered and sorted, for an export.
	 */
	public List<Decision> all(AppUserPrincipal user, Filter filter) {
		return search(user.scope(), filter, Pageable.unpaged(filter.sort())).getContent();
	}

	private Page<Decision> search(OrgUnitScope scope, Filter filter, Pageable pageable) {
		String program = blank(filter.program()) ? null : filter.program().strip();
		Set<Long> programIds = scope.limitsPrograms() ? scope.programIds() : Set.of(-1L);
		Page<Allocation> found = this.allocations.search(pattern(scope, filter), filter.year(), program,
				filter.capitalTypeName(), !scope.limitsPrograms(), programIds, pageable);
		LineParts parts = this.planLines
			.partsOf(found.getContent().stream().map(Allocation::getPlanLine).distinct().map(PlanLine::view).toList());
		return found.map(allocation -> Decision.of(allocation, parts));
	}

	private String pattern(OrgUnitScope scope, Filter filter) {
		return (scope.coversAllUnits() && blank(filter.orgUnit())) ? "%"
				: this.orgUnits.visibleUnit(scope, filter.orgUnit()).subtreePattern();
	}

	public Decision decision(AppUserPrincipal user, long id) {
		Allocation allocation = this.allocations.findById(id).orElseThrow(() -> new NotFoundException("decision", id));
		try {
			visibleLine(user, allocation.getPlanLine().getId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("decision", id);
		}
		return Decision.of(allocation, this.planLines.partsOf(allocation.getPlanLine().view()));
	}

	/**
	 * A plan line with every decision on it and its plan as of any day: the total of the
	 * decisions it lists dated on or before that day (the reports read the plan as of a
	 * period from the read model; this page lets one pick the day).
	 */
	public LineView line(AppUserPrincipal user, long id, LocalDate asOf) {
		PlanLine line = visibleLine(user, id);
		LineParts parts = this.planLines.partsOf(line.view());
		List<Decision> decisions = this.allocations.findByLine(line)
			.stream()
			.map(allocation -> Decision.of(allocation, parts))
			.toList();
		BigDecimal planAsOf = decisions.stream()
			.filter(decision -> !decision.decisionDate().isAfter(asOf))
			.map(Decision::amountVnd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new LineView(Line.of(line, parts), asOf, planAsOf, decisions);
	}

	private PlanLine visibleLine(AppUserPrincipal user, long id) {
		PlanLine line = this.planLines.visibleEntity(user.scope(), id);
		if (!user.scope().covers(line.getProgramId())) {
			throw new NotFoundException("planLine", id);
		}
		return line;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	/**
	 * What the list shows, as the URL carries it.
	 */
	public record Filter(Integer year, String orgUnit, String program, CapitalType capitalType, String sortKey,
			boolean ascending) implements RegisterFilter {

		static final List<String> SORT_KEYS = List.of("date", "number", "unit", "program", "amount");

		public Filter {
			sortKey = (sortKey != null && SORT_KEYS.contains(sortKey)) ? sortKey : "date";
		}

		Sort sort() {
			Sort.Direction direction = this.ascending ? Sort.Direction.ASC : Sort.Direction.DESC;
			String column = switch (this.sortKey) {
				case "number" -> "decision_number";
				case "unit" -> "u.path";
				case "program" -> "p.code";
				case "amount" -> "amount_vnd";
				default -> "decision_date";
			};
			return Sort.by(direction, column).and(Sort.by(direction, "id"));
		}

		String capitalTypeName() {
			return (this.capitalType == null) ? null : this.capitalType.name();
		}

		@Override
		public UriComponentsBuilder writeTo(UriComponentsBuilder uri) {
			// "All years" is written as an empty year: without one the register opens at
			// the
			// year being worked on.
			return uri.queryParam("year", (this.year != null) ? this.year : "")
				.queryParamIfPresent("orgUnit", RegisterFilter.present(this.orgUnit))
				.queryParamIfPresent("program", RegisterFilter.present(this.program))
				.queryParamIfPresent("capitalType", RegisterFilter.present(this.capitalType));
		}

	}

	public record Listing(Page<Decision> page, BigDecimal total) {

	}

	/**
	 * The plan line a decision belongs to, by its codes and names.
	 */
	public record Line(long id, String orgUnitCode, String orgUnitName, String programCode, LocalizedName programName,
			String componentCode, LocalizedName componentName, CapitalType capitalType, int planYear, int originYear) {

		static Line of(PlanLine line, LineParts parts) {
			PlanLineView view = line.view();
			OrgUnitView unit = parts.unitOf(view);
			ProgramView program = parts.programOf(view);
			ProgramComponentView component = parts.componentOf(view);
			return new Line(line.getId(), unit.code(), unit.name(), program.code(), program.name(),
					(component == null) ? null : component.code(), (component == null) ? null : component.name(),
					line.getCapitalType(), line.getPlanYear(), line.getOriginYear());
		}

		public boolean carriedOver() {
			return this.originYear < this.planYear;
		}

	}

	public record Decision(long id, long version, AllocationKind kind, String decisionNumber, LocalDate decisionDate,
			BigDecimal amountVnd, String note, Line line) implements RecordedDecision {

		static Decision of(Allocation allocation, LineParts parts) {
			return new Decision(allocation.getId(), allocation.getVersion(), allocation.getKind(),
					allocation.getDecisionNumber(), allocation.getDecisionDate(), allocation.getAmountVnd(),
					allocation.getNote(), Line.of(allocation.getPlanLine(), parts));
		}

	}

	public record LineView(Line line, LocalDate asOf, BigDecimal planAsOf, List<Decision> decisions) {

	}

	public record Choices(List<UnitChoice> units, List<ProgramChoice> programs, List<Integer> years) {

	}

	/**
	 * A unit to filter by, or (when open) to record a decision for.
	 */
	public record UnitChoice(String code, String name, int depth, boolean open) {

	}

	public record ProgramChoice(String code, LocalizedName name, List<ComponentChoice> components) {

	}

	public record ComponentChoice(String programCode, String code, LocalizedName name) {

	}

}
