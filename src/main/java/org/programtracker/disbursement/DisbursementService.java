package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import org.programtracker.disbursement.internal.DisbursementRepository;
import org.programtracker.disbursement.internal.EntryRows;
import org.programtracker.disbursement.internal.EntryRows.EntryRow;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.programtracker.allocation.LineFigures;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.EntryEvent.EntryChanged;
import org.programtracker.disbursement.EntryEvent.EntryRecorded;
import org.programtracker.disbursement.EntryEvent.EntryWithdrawn;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.allocation.CarriedLineClosedException;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.period.PeriodService;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.WriteRace;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.AuditedEvents;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets what was disbursed on a plan line in a quarter, or in its plan year's extension
 * period ({@link Quarter#EXTENSION}: after 31 December up to the deadline). Every write
 * checks role and scope, refuses a closed quarter (and an extension period before the
 * year is over or after its deadline; a quarter closed for a subtree holding the line's
 * unit; a quarter the unit above approved), compares the version the caller read and
 * publishes an {@link EntryEvent}, audited in the same transaction. A carried-over line
 * takes no entry after its own deadline.
 */
@Service
@Transactional(readOnly = true)
public class DisbursementService {

	static final int MAX_NOTE = 2000;

	private final DisbursementRepository disbursements;

	private final EntryRows entryRows;

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final PlanYearService planYears;

	private final SubmissionService submissions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DisbursementService(DisbursementRepository disbursements, EntryRows entryRows, PlanLineService planLines,
			PeriodService periods, PlanYearService planYears, SubmissionService submissions,
			ApplicationEventPublisher events, Clock clock) {
		this.entryRows = entryRows;
		this.submissions = submissions;
		this.disbursements = disbursements;
		this.planLines = planLines;
		this.periods = periods;
		this.planYears = planYears;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Sets the quarter's entry on the line these codes name (creating the line when it is
	 * new). Warnings are not asked to be confirmed: the API's callers confirm on their
	 * side.
	 */
	@Retryable(predicate = WriteRace.class, maxRetries = 3, delay = 10, jitter = 10)
	@Transactional
	public Disbursement set(AppUserPrincipal user, PlanLineKey key, int quarter, EntryCommand command) {
		Permissions.requireFigureEditor(user);
		requireQuarterNumber(quarter);
		PlanLineView line = this.planLines.findOrCreate(user.scope(), key);
		return apply(user, line, quarter, command, false);
	}

	/**
	 * Sets the quarter's entry on a line known by id; a warning must be confirmed with a
	 * note.
	 */
	@Retryable(predicate = WriteRace.class, maxRetries = 3, delay = 10, jitter = 10)
	@Transactional
	public Disbursement set(AppUserPrincipal user, long planLineId, int quarter, EntryCommand command) {
		Permissions.requireFigureEditor(user);
		requireQuarterNumber(quarter);
		PlanLineView line = this.planLines.visibleLine(user.scope(), planLineId);
		return apply(user, line, quarter, command, true);
	}

	/**
	 * Sets the quarter's entry on a line back to amounts it had (what undoing an import
	 * that changed it does), keeping its note; a warning needs no note, as the figure was
	 * accepted once.
	 */
	@Transactional
	public Disbursement restore(AppUserPrincipal user, long planLineId, int quarter, EntryValues values) {
		Permissions.requireFigureEditor(user);
		requireQuarterNumber(quarter);
		PlanLineView line = this.planLines.visibleLine(user.scope(), planLineId);
		return apply(user, line, quarter,
				new EntryCommand(values.amountVnd(), values.advanceVnd(), values.recoveredVnd(), null, null), false);
	}

	/**
	 * Withdraws the quarter's entry on a line, as if it had never been entered: what
	 * undoing the import that created it does. The same rules as changing it hold (an
	 * open quarter, not submitted or approved, the line still taking entries).
	 */
	@Transactional
	public void withdraw(AppUserPrincipal user, long planLineId, int quarter, String note) {
		Permissions.requireFigureEditor(user);
		requireQuarterNumber(quarter);
		PlanLineView line = this.planLines.visibleLine(user.scope(), planLineId);
		Quarter period = new Quarter(line.planYear(), quarter);
		OrgUnitView unit = this.planLines.unitOf(line);
		this.periods.requireOpen(period, unit);
		this.submissions.requireEditable(unit, period, line.programId());
		line.requireOpenForWrites(quarter, LocalDate.now(this.clock));
		Disbursement entry = this.disbursements.findByPlanLineIdAndQuarter(line.id(), quarter)
			.orElseThrow(() -> new NotFoundException("entry", line.id() + "/" + quarter));
		AuditedChange change = new AuditedChange(user.username(), AuditAction.DELETE, AuditSubject.DISBURSEMENT,
				entry.getId(), line.id(), line.orgUnitId(), line.planYear(), quarter, describe(entry), null, note);
		this.events.publishEvent(new EntryWithdrawn(entry.getId(), line.id(), quarter, change));
		this.disbursements.delete(entry);
		this.disbursements.flush();
	}

	/**
	 * The quarter's entry on a plan line, if it has one.
	 */
	public Optional<EntryValues> entryOn(long planLineId, int quarter) {
		return this.disbursements.findByPlanLineIdAndQuarter(planLineId, quarter)
			.map(entry -> new EntryValues(entry.getAmountVnd(), entry.getAdvanceVnd(), entry.getAdvanceRecoveredVnd(),
					entry.getNote()));
	}

	/**
	 * What is wrong with an entry on its own, before any rule that needs the database.
	 */
	public static List<FieldProblem> problemsOf(EntryCommand command) {
		List<FieldProblem> problems = new ArrayList<>();
		if (command.amountVnd() == null) {
			problems.add(FieldProblem.of("amountVnd", "field.required"));
		}
		else if (!isWholeDong(command.amountVnd())) {
			problems.add(FieldProblem.of("amountVnd", "amount.fractionOfDong"));
		}
		BigDecimal advance = orZero(command.advanceVnd());
		BigDecimal recovered = orZero(command.advanceRecoveredVnd());
		if (advance.signum() < 0) {
			problems.add(FieldProblem.of("advanceVnd", "entry.negativeAdvance"));
		}
		else if (!isWholeDong(advance)) {
			problems.add(FieldProblem.of("advanceVnd", "amount.fractionOfDong"));
		}
		else if (command.amountVnd() != null && advance.compareTo(command.amountVnd().max(BigDecimal.ZERO)) > 0) {
			problems.add(FieldProblem.of("advanceVnd", "entry.advanceAboveAmount"));
		}
		if (recovered.signum() < 0) {
			problems.add(FieldProblem.of("advanceRecoveredVnd", "entry.negativeAdvance"));
		}
		else if (!isWholeDong(recovered)) {
			problems.add(FieldProblem.of("advanceRecoveredVnd", "amount.fractionOfDong"));
		}
		if (command.note() != null && command.note().length() > MAX_NOTE) {
			problems.add(FieldProblem.of("note", "field.tooLong", MAX_NOTE));
		}
		return problems;
	}

	/**
	 * The warnings an amount raises on a line: the total disbursed up to this quarter
	 * above the plan as of its end (as of the deadline for the extension period), or a
	 * negative amount.
	 */
	public Set<EntryWarning> warningsOf(PlanLineView line, int quarter, BigDecimal amountVnd) {
		if (amountVnd == null) {
			return EnumSet.noneOf(EntryWarning.class);
		}
		LocalDate asOf = this.planYears.planAsOf(new Quarter(line.planYear(), quarter));
		BigDecimal own = this.disbursements.findByPlanLineIdAndQuarter(line.id(), quarter)
			.map(Disbursement::getAmountVnd)
			.orElse(null);
		return warningsOf(this.planLines.figuresOf(line, asOf, quarter), own, amountVnd);
	}

	/**
	 * The warnings of an amount typed for a line's quarter, from the line's figures for
	 * that quarter (the read model's) and the line's own entry of it ({@code null} for
	 * none), which the amount replaces: negative, or above the plan once added to
	 * everything disbursed before.
	 */
	public static Set<EntryWarning> warningsOf(LineFigures figures, BigDecimal ownEntryVnd, BigDecimal amountVnd) {
		Set<EntryWarning> warnings = EnumSet.noneOf(EntryWarning.class);
		if (amountVnd == null) {
			return warnings;
		}
		if (amountVnd.signum() < 0) {
			warnings.add(EntryWarning.NEGATIVE);
		}
		BigDecimal earlier = figures.disbursedVnd().subtract((ownEntryVnd == null) ? BigDecimal.ZERO : ownEntryVnd);
		if (earlier.add(amountVnd).compareTo(figures.planVnd()) > 0) {
			warnings.add(EntryWarning.OVER_PLAN);
		}
		return warnings;
	}

	Disbursement apply(AppUserPrincipal user, PlanLineView line, int quarter, EntryCommand command,
			boolean warningsNeedNote) {
		Quarter period = new Quarter(line.planYear(), quarter);
		OrgUnitView unit = this.planLines.unitOf(line);
		this.periods.requireOpen(period, unit);
		this.submissions.requireEditable(unit, period, line.programId());
		line.requireOpenForWrites(quarter, LocalDate.now(this.clock));
		unit.requireOpenForFigures(this.planYears.planAsOf(period));
		Disbursement entry = this.disbursements.findByPlanLineIdAndQuarter(line.id(), quarter).orElse(null);
		command = keepingAdvancesNotGiven(command, entry);
		List<FieldProblem> problems = problemsOf(command);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		if (command.expectedVersion() != null) {
			long current = (entry == null) ? -1 : entry.getVersion();
			if (current != command.expectedVersion()) {
				throw new ConflictException("entry", line.id() + "/" + quarter);
			}
		}
		if (warningsNeedNote && isBlank(command.note())) {
			Set<EntryWarning> warnings = warningsOf(line, quarter, command.amountVnd());
			if (!warnings.isEmpty()) {
				throw new RuleViolationException("note", warnings.iterator().next().messageKey());
			}
		}
		Map<String, Object> before = (entry == null) ? null : describe(entry);
		boolean created = entry == null;
		if (created) {
			entry = new Disbursement(line.id(), quarter);
		}
		entry.record(command.amountVnd(), command.advanceVnd(), command.advanceRecoveredVnd());
		if (command.note() != null) {
			entry.setNote(isBlank(command.note()) ? null : command.note().strip());
		}
		Map<String, Object> after = describe(entry);
		if (after.equals(before) && command.note() == null) {
			return entry;
		}
		Disbursement saved = this.disbursements.saveAndFlush(entry);
		AuditedChange change = new AuditedChange(user.username(), created ? AuditAction.CREATE : AuditAction.CHANGE,
				AuditSubject.DISBURSEMENT, saved.getId(), line.id(), line.orgUnitId(), line.planYear(), quarter, before,
				after, command.note());
		this.events.publishEvent(created ? new EntryRecorded(saved.getId(), line.id(), quarter, change)
				: new EntryChanged(saved.getId(), line.id(), quarter, change));
		return saved;
	}

	/**
	 * Sets the quarter's entries of many lines as {@link #apply} sets one, a set at a
	 * time: the rules are checked once per unit and program, the entries read, inserted
	 * and updated by one statement each, and the audit rows written by one, so that the
	 * number of statements does not grow with the number of lines. Each change carries
	 * the version its caller read ({@code -1} for none); warnings are the caller's to
	 * confirm. Part of the caller's transaction.
	 * @return how many entries were written (an entry set to what it was is not)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public int applyAll(AppUserPrincipal user, Quarter period, List<EntryChange> changes) {
		Permissions.requireFigureEditor(user);
		requireQuarterNumber(period.quarter());
		for (EntryChange change : changes) {
			if (change.line().planYear() != period.year()) {
				throw new NotFoundException("planLine", change.line().id());
			}
		}
		Map<Long, RuntimeException> refused = refusalsOf(period, changes.stream().map(EntryChange::line).toList());
		for (EntryChange change : changes) {
			RuntimeException refusal = refused.get(change.line().id());
			if (refusal != null) {
				throw refusal;
			}
		}
		Map<Long, EntryRow> current = this.entryRows
			.ofQuarter(changes.stream().map(change -> change.line().id()).toList(), period.quarter());
		List<EntryRow> inserts = new ArrayList<>();
		List<EntryRow> updates = new ArrayList<>();
		List<AuditedChange> audited = new ArrayList<>();
		List<PlanLineView> auditedLines = new ArrayList<>();
		for (EntryChange change : changes) {
			PlanLineView line = change.line();
			EntryRow entry = current.get(line.id());
			EntryCommand command = change.command();
			EntryValues becomes = afterChange((entry == null) ? null : entry.values(), command);
			command = new EntryCommand(becomes.amountVnd(), becomes.advanceVnd(), becomes.recoveredVnd(),
					command.note(), command.expectedVersion());
			List<FieldProblem> problems = problemsOf(command);
			if (!problems.isEmpty()) {
				throw problems.get(0).toException();
			}
			long version = (entry == null) ? -1 : entry.version();
			if (command.expectedVersion() != null && version != command.expectedVersion()) {
				throw new ConflictException("entry", line.id() + "/" + period.quarter());
			}
			EntryRow written = new EntryRow((entry == null) ? 0 : entry.id(), line.id(), period.quarter(),
					becomes.amountVnd(), becomes.advanceVnd(), becomes.recoveredVnd(), becomes.note(), version);
			Map<String, Object> before = (entry == null) ? null : describe(entry);
			Map<String, Object> after = describe(written);
			if (entry != null && sameAmounts(entry, written) && command.note() == null) {
				continue;
			}
			(entry == null ? inserts : updates).add(written);
			audited.add(new AuditedChange(user.username(), (entry == null) ? AuditAction.CREATE : AuditAction.CHANGE,
					AuditSubject.DISBURSEMENT, (entry == null) ? null : entry.id(), line.id(), line.orgUnitId(),
					line.planYear(), period.quarter(), before, after, command.note()));
			auditedLines.add(line);
		}
		this.disbursements.flush();
		if (this.entryRows.update(updates) != updates.size()) {
			throw new ConflictException("entry", period.toString());
		}
		Map<Long, Long> created = this.entryRows.insert(period.quarter(), inserts);
		List<EntryEvent> events = new ArrayList<>();
		for (int i = 0; i < audited.size(); i++) {
			AuditedChange change = audited.get(i);
			long lineId = auditedLines.get(i).id();
			if (change.action() == AuditAction.CREATE) {
				long id = created.get(lineId);
				events.add(new EntryRecorded(id, lineId, period.quarter(), change.withSubjectId(id)));
			}
			else {
				events.add(new EntryChanged(change.subjectId(), lineId, period.quarter(), change));
			}
		}
		this.events.publishEvent(new AuditedEvents(events));
		return events.size();
	}

	/**
	 * Why a change to the quarter's entry of each of these lines would be refused, by
	 * line id, for the lines it would be: the quarter closed for the line's unit, the
	 * unit merged or not yet open, the unit's program approved, the carried-over line
	 * past its deadline. Checked once per unit and once per unit's programs, not per
	 * line.
	 */
	public Map<Long, RuntimeException> refusalsOf(Quarter period, Collection<PlanLineView> lines) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = this.planYears.planAsOf(period);
		Map<Long, OrgUnitView> units = this.planLines.unitsOf(lines);
		Map<Long, Set<Long>> programsByUnit = new HashMap<>();
		for (PlanLineView line : lines) {
			programsByUnit.computeIfAbsent(line.orgUnitId(), id -> new HashSet<>()).add(line.programId());
		}
		Map<Long, RuntimeException> byUnit = new HashMap<>(this.periods.refusalsOf(period, units.values()));
		for (OrgUnitView unit : units.values()) {
			if (!byUnit.containsKey(unit.id())) {
				try {
					unit.requireOpenForFigures(asOf);
				}
				catch (RuleViolationException ex) {
					byUnit.put(unit.id(), ex);
				}
			}
		}
		Map<Long, Map<Long, QuarterApprovedException>> approvals = this.submissions.approvalsOf(period,
				units.values().stream().filter(unit -> !byUnit.containsKey(unit.id())).toList(), programsByUnit);
		Map<Long, RuntimeException> refused = new HashMap<>();
		for (PlanLineView line : lines) {
			long unit = line.orgUnitId();
			RuntimeException refusal = byUnit.get(unit);
			if (refusal == null) {
				refusal = approvals.getOrDefault(unit, Map.of()).get(line.programId());
			}
			if (refusal == null) {
				try {
					line.requireOpenForWrites(period.quarter(), today);
				}
				catch (CarriedLineClosedException ex) {
					refusal = ex;
				}
			}
			if (refusal != null) {
				refused.put(line.id(), refusal);
			}
		}
		return refused;
	}

	/**
	 * The warnings of amounts typed for the quarter's entries of lines, one set per
	 * amount (a line may come more than once, each amount replacing its entry), as
	 * {@link #warningsOf(PlanLineView, int, BigDecimal)} gives them one at a time, in two
	 * queries.
	 */
	public List<Set<EntryWarning>> warningsOf(Quarter period, List<Long> lineIds, List<BigDecimal> amounts) {
		if (lineIds.isEmpty()) {
			return List.of();
		}
		Set<Long> distinct = Set.copyOf(lineIds);
		Map<Long, LineFigures> figures = this.planLines.figuresOf(distinct, this.planYears.planAsOf(period),
				period.quarter());
		Map<Long, EntryRow> own = this.entryRows.ofQuarter(distinct, period.quarter());
		List<Set<EntryWarning>> warnings = new ArrayList<>();
		for (int i = 0; i < lineIds.size(); i++) {
			EntryRow entry = own.get(lineIds.get(i));
			warnings.add(warningsOf(figures.getOrDefault(lineIds.get(i), LineFigures.ZERO),
					(entry == null) ? null : entry.amountVnd(), amounts.get(i)));
		}
		return warnings;
	}

	/**
	 * The quarter's entries of these lines as they stand, by line id, in one query.
	 */
	public Map<Long, EntryValues> entriesOf(Collection<Long> lineIds, int quarter) {
		Map<Long, EntryValues> values = new HashMap<>();
		this.entryRows.ofQuarter(lineIds, quarter).forEach((id, row) -> values.put(id, row.values()));
		return values;
	}

	private static boolean sameAmounts(EntryRow a, EntryRow b) {
		return a.amountVnd().compareTo(b.amountVnd()) == 0 && a.advanceVnd().compareTo(b.advanceVnd()) == 0
				&& a.recoveredVnd().compareTo(b.recoveredVnd()) == 0;
	}

	private static Map<String, Object> describe(EntryRow entry) {
		return AuditedChange.fields("amountVnd", entry.amountVnd(), "advanceVnd", entry.advanceVnd(),
				"advanceRecoveredVnd", entry.recoveredVnd());
	}

	/**
	 * What an entry holds once {@link #applyAll} has applied the command to what it held
	 * ({@code null}: no entry): the amount given; the advances given, or as they were
	 * (nothing, for a new entry); the note given, stripped (a blank one clears it), or as
	 * it was.
	 */
	public static EntryValues afterChange(EntryValues was, EntryCommand command) {
		EntryCommand kept = keepingAdvancesNotGiven(command, (was == null) ? null : was.advanceVnd(),
				(was == null) ? null : was.recoveredVnd());
		String note = (command.note() == null) ? ((was == null) ? null : was.note())
				: isBlank(command.note()) ? null : command.note().strip();
		return new EntryValues(kept.amountVnd(), kept.advanceVnd(), kept.advanceRecoveredVnd(), note);
	}

	/**
	 * Advances the caller did not give stay as they were (nothing, for a new entry).
	 */
	private static EntryCommand keepingAdvancesNotGiven(EntryCommand command, Disbursement entry) {
		return keepingAdvancesNotGiven(command, (entry == null) ? null : entry.getAdvanceVnd(),
				(entry == null) ? null : entry.getAdvanceRecoveredVnd());
	}

	/**
	 * As above, from the advances the entry has ({@code null} for no entry).
	 */
	private static EntryCommand keepingAdvancesNotGiven(EntryCommand command, BigDecimal advanceBefore,
			BigDecimal recoveredBefore) {
		BigDecimal advance = (command.advanceVnd() != null) ? command.advanceVnd() : orZero(advanceBefore);
		BigDecimal recovered = (command.advanceRecoveredVnd() != null) ? command.advanceRecoveredVnd()
				: orZero(recoveredBefore);
		return new EntryCommand(command.amountVnd(), advance, recovered, command.note(), command.expectedVersion());
	}

	static Map<String, Object> describe(Disbursement entry) {
		return AuditedChange.fields("amountVnd", entry.getAmountVnd(), "advanceVnd", entry.getAdvanceVnd(),
				"advanceRecoveredVnd", entry.getAdvanceRecoveredVnd());
	}

	private static void requireQuarterNumber(int quarter) {
		if (quarter < 1 || quarter > Quarter.EXTENSION) {
			throw new RuleViolationException("quarter", "field.quarter");
		}
	}

	private static boolean isWholeDong(BigDecimal amount) {
		return amount.stripTrailingZeros().scale() <= 0;
	}

	private static BigDecimal orZero(BigDecimal amount) {
		return (amount == null) ? BigDecimal.ZERO : amount;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
