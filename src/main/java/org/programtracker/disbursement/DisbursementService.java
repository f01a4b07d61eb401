package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import org.programtracker.disbursement.internal.DisbursementRepository;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.programtracker.allocation.LineFigures;
import org.programtracker.allocation.PlanLine;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.disbursement.EntryEvent.EntryChanged;
import org.programtracker.disbursement.EntryEvent.EntryRecorded;
import org.programtracker.disbursement.EntryEvent.EntryWithdrawn;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.period.PeriodService;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.WriteRace;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
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

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final PlanYearService planYears;

	private final SubmissionService submissions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DisbursementService(DisbursementRepository disbursements, PlanLineService planLines, PeriodService periods,
			PlanYearService planYears, SubmissionService submissions, ApplicationEventPublisher events, Clock clock) {
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
		PlanLine line = this.planLines.findOrCreate(user.scope(), key);
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
		PlanLine line = this.planLines.visibleLine(user.scope(), planLineId);
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
		PlanLine line = this.planLines.visibleLine(user.scope(), planLineId);
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
		PlanLine line = this.planLines.visibleLine(user.scope(), planLineId);
		Quarter period = new Quarter(line.getPlanYear(), quarter);
		this.periods.requireOpen(period, line.getOrgUnit());
		this.submissions.requireEditable(line.getOrgUnit(), period, line.getProgram().getId());
		line.requireOpenForWrites(quarter, LocalDate.now(this.clock));
		Disbursement entry = this.disbursements.findByPlanLineIdAndQuarter(line.getId(), quarter)
			.orElseThrow(() -> new NotFoundException("entry", line.getId() + "/" + quarter));
		AuditedChange change = new AuditedChange(user.username(), AuditAction.DELETE, AuditSubject.DISBURSEMENT,
				entry.getId(), line.getId(), line.getOrgUnit().getId(), line.getPlanYear(), quarter, describe(entry),
				null, note);
		this.events.publishEvent(new EntryWithdrawn(entry.getId(), line.getId(), quarter, change));
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
	public Set<EntryWarning> warningsOf(PlanLine line, int quarter, BigDecimal amountVnd) {
		Set<EntryWarning> warnings = EnumSet.noneOf(EntryWarning.class);
		if (amountVnd == null) {
			return warnings;
		}
		if (amountVnd.signum() < 0) {
			warnings.add(EntryWarning.NEGATIVE);
		}
		LocalDate asOf = this.planYears.planAsOf(new Quarter(line.getPlanYear(), quarter));
		LineFigures figures = this.planLines.figuresOf(line, asOf, quarter);
		BigDecimal own = this.disbursements.findByPlanLineIdAndQuarter(line.getId(), quarter)
			.map(Disbursement::getAmountVnd)
			.orElse(BigDecimal.ZERO);
		BigDecimal earlier = figures.disbursedVnd().subtract(own);
		if (earlier.add(amountVnd).compareTo(figures.planVnd()) > 0) {
			warnings.add(EntryWarning.OVER_PLAN);
		}
		return warnings;
	}

	Disbursement apply(AppUserPrincipal user, PlanLine line, int quarter, EntryCommand command,
			boolean warningsNeedNote) {
		Quarter period = new Quarter(line.getPlanYear(), quarter);
		this.periods.requireOpen(period, line.getOrgUnit());
		this.submissions.requireEditable(line.getOrgUnit(), period, line.getProgram().getId());
		line.requireOpenForWrites(quarter, LocalDate.now(this.clock));
		line.getOrgUnit().requireOpenForFigures(this.planYears.planAsOf(period));
		Disbursement entry = this.disbursements.findByPlanLineIdAndQuarter(line.getId(), quarter).orElse(null);
		command = keepingAdvancesNotGiven(command, entry);
		List<FieldProblem> problems = problemsOf(command);
		if (!problems.isEmpty()) {
			throw problems.get(0).toException();
		}
		if (command.expectedVersion() != null) {
			long current = (entry == null) ? -1 : entry.getVersion();
			if (current != command.expectedVersion()) {
				throw new ConflictException("entry", line.getId() + "/" + quarter);
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
			entry = new Disbursement(line.getId(), quarter);
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
				AuditSubject.DISBURSEMENT, saved.getId(), line.getId(), line.getOrgUnit().getId(), line.getPlanYear(),
				quarter, before, after, command.note());
		this.events.publishEvent(created ? new EntryRecorded(saved.getId(), line.getId(), quarter, change)
				: new EntryChanged(saved.getId(), line.getId(), quarter, change));
		return saved;
	}

	/**
	 * Advances the caller did not give stay as they were (nothing, for a new entry).
	 */
	private static EntryCommand keepingAdvancesNotGiven(EntryCommand command, Disbursement entry) {
		BigDecimal advance = (command.advanceVnd() != null) ? command.advanceVnd()
				: (entry == null) ? BigDecimal.ZERO : entry.getAdvanceVnd();
		BigDecimal recovered = (command.advanceRecoveredVnd() != null) ? command.advanceRecoveredVnd()
				: (entry == null) ? BigDecimal.ZERO : entry.getAdvanceRecoveredVnd();
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
