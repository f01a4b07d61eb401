package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.EntryRows;
import org.programtracker.disbursement.internal.EntryRows.EntryRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.allocation.LineFigures;
import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitHistory;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.WriteRace;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shows and saves the quarterly disbursement grid of an org unit, for a quarter or for a
 * plan year's extension period. A save checks every cell first and writes the whole grid
 * in one transaction, or nothing at all.
 */
@Service
@Transactional(readOnly = true)
public class GridService {

	private static final Map<String, String> CELL_OF_FIELD = Map.of("amountVnd", "amount", "advanceVnd", "advance",
			"advanceRecoveredVnd", "recovered", "note", "note");

	private final OrgUnitService orgUnits;

	private final PlanLineService planLines;

	private final EntryRows entryRows;

	private final DisbursementService entries;

	private final PeriodService periods;

	private final PlanYearService planYears;

	private final Clock clock;

	private final Formats formats;

	private final SubmissionService submissions;

	private final OrgUnitHistory tree;

	GridService(OrgUnitService orgUnits, OrgUnitHistory tree, PlanLineService planLines, EntryRows entryRows,
			DisbursementService entries, PeriodService periods, PlanYearService planYears,
			SubmissionService submissions, Clock clock, Formats formats) {
		this.submissions = submissions;
		this.tree = tree;
		this.clock = clock;
		this.formats = formats;
		this.orgUnits = orgUnits;
		this.planLines = planLines;
		this.entryRows = entryRows;
		this.entries = entries;
		this.periods = periods;
		this.planYears = planYears;
	}

	/**
	 * The code of the unit whose grid {@link #load} shows for {@code orgUnitCode} (the
	 * caller's default unit when {@code null}).
	 */
	public String unitCodeOf(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		return this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate()).code();
	}

	public Grid load(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		LocalDate day = this.planYears.planAsOf(quarter);
		List<Long> held = this.planLines.lineIdsHeldOn(this.tree.positionOrLastOn(unit, day), quarter.year());
		int unshown = (held.size() > Grid.MAX_SHOWN_ROWS) ? held.size() : 0;
		List<PlanLineView> lines = this.planLines.linesFor((unshown > 0) ? List.of() : held)
			.stream()
			.filter(line -> user.scope().covers(line.programId()))
			.toList();
		LineParts parts = this.planLines.partsOf(lines);
		List<Long> ids = lines.stream().map(PlanLineView::id).toList();
		Map<Long, LineFigures> figures = this.planLines.figuresOf(ids, day, quarter.quarter());
		Map<Long, EntryRow> current = this.entryRows.ofQuarter(ids, quarter.quarter());
		Map<String, List<Grid.Row>> rowsByGroup = new LinkedHashMap<>();
		Map<String, PlanLineView> firstLineOfGroup = new HashMap<>();
		for (boolean carried : new boolean[] { false, true }) {
			for (PlanLineView line : lines) {
				if (line.carriedOver() != carried) {
					continue;
				}
				String key = (carried ? "c-" : "y-") + parts.programOf(line).code();
				firstLineOfGroup.putIfAbsent(key, line);
				rowsByGroup.computeIfAbsent(key, k -> new ArrayList<>())
					.add(row(line, parts, figures.getOrDefault(line.id(), LineFigures.ZERO), current.get(line.id())));
			}
		}
		QuarterState approval = quarter.isExtension() ? null : this.submissions.state(user, unit.code(), quarter);
		List<Grid.Group> groups = new ArrayList<>();
		Grid.Totals yearTotal = Grid.Totals.ZERO;
		Grid.Totals carriedTotal = Grid.Totals.ZERO;
		for (Map.Entry<String, List<Grid.Row>> entry : rowsByGroup.entrySet()) {
			PlanLineView first = firstLineOfGroup.get(entry.getKey());
			ProgramView program = parts.programOf(first);
			Grid.Totals totals = entry.getValue()
				.stream()
				.reduce(Grid.Totals.ZERO, Grid.Totals::plus, Grid.Totals::plus);
			groups.add(new Grid.Group(program.code(), program.name(), first.carriedOver(), entry.getValue(), totals,
					(approval == null) ? null : approval.approvalFor(program.code()).orElse(null)));
			if (first.carriedOver()) {
				carriedTotal = carriedTotal.plus(totals);
			}
			else {
				yearTotal = yearTotal.plus(totals);
			}
		}
		boolean closed = this.periods.isClosed(quarter);
		boolean manyUnits = lines.stream().map(PlanLineView::orgUnitId).distinct().count() > 1;
		String successor = (!unit.closed() || day.isBefore(unit.validTo())) ? null
				: (unit.successorName() != null) ? unit.successorName() : "—";
		String closedFor = this.periods.closedFor(quarter, unit).map(OrgUnitView::name).orElse(null);
		boolean approved = approval != null && approval.approved();
		return new Grid(unit.code(), unit.name(), quarter,
				quarter.isExtension() ? this.planYears.deadlineOf(quarter.year()) : null, closed, successor,
				!closed && closedFor == null && !approved && successor == null && Permissions.mayEditFigures(user)
						&& lines.size() <= Grid.MAX_EDITABLE_ROWS && unshown == 0,
				manyUnits, groups, yearTotal, carriedTotal, closedFor, approval, unshown);
	}

	/**
	 * Saves every row the user changed, in one transaction: nothing is written while any
	 * cell is invalid (a refused row's cell did not even read), a warning lacks its note,
	 * or a changed row was saved by someone else meanwhile.
	 * @return how many entries were written
	 */
	@Retryable(predicate = WriteRace.class, maxRetries = 3, delay = 10, jitter = 10)
	@Transactional
	public int save(AppUserPrincipal user, String orgUnitCode, Quarter quarter, List<GridInput> inputs) {
		Permissions.requireFigureEditor(user);
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		this.periods.requireOpen(quarter, unit);
		this.submissions.requireEditable(unit, quarter);
		List<FieldProblem> problems = new ArrayList<>();
		List<GridConflictException.Conflict> conflicts = new ArrayList<>();
		List<EntryChange> changes = new ArrayList<>();
		List<Long> ids = inputs.stream().map(GridInput::lineId).toList();
		Map<Long, PlanLineView> lines = this.planLines.visibleLines(user.scope(), ids);
		Map<Long, OrgUnitView> units = this.planLines.unitsOf(lines.values());
		LocalDate day = this.planYears.planAsOf(quarter);
		Map<Long, EntryRow> currentEntries = this.entryRows.ofQuarter(ids, quarter.quarter());
		Map<Long, LineFigures> figures = this.planLines.figuresOf(ids, day, quarter.quarter());
		LocalDate today = LocalDate.now(this.clock);
		Map<Long, Map<Long, QuarterApprovedException>> approvals = new HashMap<>();
		Set<Long> programIds = lines.values().stream().map(PlanLineView::programId).collect(Collectors.toSet());
		boolean refused = false;
		for (int i = 0; i < inputs.size(); i++) {
			int index = i;
			GridInput input = inputs.get(index);
			PlanLineView line = lines.get(input.lineId());
			OrgUnitView holder = units.get(line.orgUnitId());
			if (!unit.contains(holder) || line.planYear() != quarter.year() || !user.scope().covers(line.programId())) {
				throw new NotFoundException("planLine", input.lineId());
			}
			if (input.refused()) {
				refused = true;
				continue;
			}
			BigDecimal amount = input.amount();
			BigDecimal advance = input.advance();
			BigDecimal recovered = input.recovered();
			boolean nothingTyped = amount == null && advance == null && recovered == null && isBlank(input.note());
			if (nothingTyped && input.shownAmountVnd() == null) {
				continue;
			}
			if (amount == null) {
				problems.add(FieldProblem.of(cell(index, "amount"), "field.required"));
				continue;
			}
			EntryCommand command = new EntryCommand(amount, orZero(advance), orZero(recovered), normalize(input.note()),
					null);
			if (same(amount, input.shownAmountVnd()) && same(orZero(advance), input.shownAdvanceVnd())
					&& same(orZero(recovered), input.shownRecoveredVnd())
					&& Objects.equals(normalize(input.note()), normalize(input.shownNote()))) {
				continue;
			}
			try {
				holder.requireOpenForFigures(day);
			}
			catch (RuleViolationException ex) {
				problems.add(FieldProblem.of(cell(index, "amount"), ex.getMessageKey(), ex.getArguments()));
				continue;
			}
			QuarterApprovedException approved = approvals
				.computeIfAbsent(holder.id(), key -> this.submissions.approvalsOf(holder, quarter, programIds))
				.get(line.programId());
			if (approved != null) {
				problems.add(FieldProblem.of(cell(index, "amount"), approved.getMessageKey(),
						approved.getMessageArguments(this.formats::date)));
				continue;
			}
			try {
				line.requireOpenForWrites(quarter.quarter(), today);
			}
			catch (CarriedLineClosedException ex) {
				problems.add(FieldProblem.of(cell(index, "amount"), ex.getMessageKey(),
						ex.getMessageArguments(this.formats::date)));
				continue;
			}
			DisbursementService.problemsOf(command)
				.forEach(problem -> problems.add(FieldProblem.of(cell(index, CELL_OF_FIELD.get(problem.field())),
						problem.messageKey(), problem.arguments().toArray())));
			EntryRow current = currentEntries.get(line.id());
			long currentVersion = (current == null) ? -1 : current.version();
			if (currentVersion != input.version()) {
				conflicts.add(new GridConflictException.Conflict(index, line.id(), amount, orZero(advance),
						orZero(recovered), (current == null) ? null : current.amountVnd(),
						(current == null) ? null : current.advanceVnd(),
						(current == null) ? null : current.recoveredVnd(), (current == null) ? null : current.note(),
						currentVersion));
				continue;
			}
			if (isBlank(command.note())) {
				DisbursementService
					.warningsOf(figures.getOrDefault(line.id(), LineFigures.ZERO),
							(current == null) ? null : current.amountVnd(), amount)
					.forEach(warning -> problems.add(FieldProblem.of(cell(index, "note"), warning.messageKey())));
			}
			changes.add(new EntryChange(line, new EntryCommand(command.amountVnd(), command.advanceVnd(),
					command.advanceRecoveredVnd(), (command.note() == null) ? "" : command.note(), input.version())));
		}
		if (refused || !problems.isEmpty()) {
			throw new GridInvalidException(problems);
		}
		if (!conflicts.isEmpty()) {
			throw new GridConflictException(conflicts);
		}
		return this.entries.applyAll(user, quarter, changes);
	}

	private static String cell(int index, String field) {
		return "rows[" + index + "]." + field;
	}

	private static boolean same(BigDecimal typed, BigDecimal shown) {
		return (shown == null) ? typed.signum() == 0 : typed.compareTo(shown) == 0;
	}

	private static String normalize(String note) {
		return isBlank(note) ? null : note.strip();
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static BigDecimal orZero(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO : amount;
	}

	/**
	 * A row of the grid: the line's own entry of the quarter, the only one it edits, and
	 * before it everything disbursed on the line and on the lines it carries (a merged
	 * unit's, passed on to it), from the read model: what is disbursed up to the quarter
	 * less the line's own entry.
	 */
	private static Grid.Row row(PlanLineView line, LineParts parts, LineFigures figures, EntryRow current) {
		BigDecimal earlier = (current == null) ? figures.disbursedVnd()
				: figures.disbursedVnd().subtract(current.amountVnd());
		ProgramComponentView component = parts.componentOf(line);
		return new Grid.Row(line.id(), parts.programOf(line).code(), (component == null) ? null : component.code(),
				(component == null) ? null : component.name(), parts.unitOf(line).name(), line.capitalType(),
				line.originYear(), figures.planVnd(), earlier, (current == null) ? null : current.amountVnd(),
				(current == null) ? null : current.advanceVnd(), (current == null) ? null : current.recoveredVnd(),
				(current == null) ? null : current.note(), (current == null) ? -1 : current.version());
	}

}
