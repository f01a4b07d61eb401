package org.programtracker.allocation;

import org.programtracker.allocation.internal.Allocation;

import org.programtracker.allocation.internal.AllocationRepository;
import org.programtracker.allocation.internal.PlanLine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.programtracker.allocation.DecisionEvent.DecisionChanged;
import org.programtracker.allocation.DecisionEvent.DecisionDeleted;
import org.programtracker.allocation.DecisionEvent.DecisionRecorded;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.ApprovedQuarters;
import org.programtracker.kernel.WriteRace;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DecisionRules;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.RuleViolations;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.resilience.annotation.Retryable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes allocation decisions. Every write checks the caller's role
 * and scope, refuses to move the plan of a closed quarter, compares the version the
 * caller read, and publishes a {@link DecisionEvent}, audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class AllocationService {

	private final AllocationRepository allocations;

	private final PlanLineService planLines;

	private final PeriodService periods;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ApprovedQuarters approved;

	AllocationService(AllocationRepository allocations, PlanLineService planLines, PeriodService periods,
			ApprovedQuarters approved, ApplicationEventPublisher events, Clock clock) {
		this.approved = approved;
		this.allocations = allocations;
		this.planLines = planLines;
		this.periods = periods;
		this.events = events;
		this.clock = clock;
	}

	public Allocation visibleDecision(AppUserPrincipal user, long id) {
		Allocation allocation = this.allocations.findById(id).orElseThrow(() -> new NotFoundException("decision", id));
		try {
			this.planLines.visibleLine(user.scope(), allocation.getPlanLine().getId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("decision", id);
		}
		return allocation;
	}

	@Retryable(predicate = WriteRace.class, maxRetries = 3, delay = 10, jitter = 10)
	@Transactional
	public Allocation create(AppUserPrincipal user, DecisionCommand command) {
		Permissions.requireFigureEditor(user);
		RuleViolations found = new RuleViolations();
		violations(DecisionDraft.of(command)).forEach(found::add);
		found.throwIfAny();
		PlanLine line = this.planLines.findOrCreateEntity(user.scope(), command.line());
		this.planLines.unitOf(line.view()).requireOpenForFigures(command.decisionDate());
		this.periods.requireOpenForDecision(line.getPlanYear(), command.decisionDate());
		this.approved.requireDecisionEditable(line.getOrgUnitId(), line.getProgramId(), line.getPlanYear(),
				command.decisionDate());
		requireLineOpen(line);
		Allocation allocation = new Allocation(line, command.kindOrDefault(), command.decisionNumber(),
				command.decisionDate(), command.amountVnd());
		allocation.setNote(command.note());
		Allocation saved = this.allocations.saveAndFlush(allocation);
		this.events.publishEvent(new DecisionRecorded(saved.getId(), saved.getPlanLine().getId(),
				audited(user, AuditAction.CREATE, saved, null, describe(saved), command.note())));
		return saved;
	}

	/**
	 * Changes number, date, amount and note of a decision; its plan line and kind stay.
	 */
	@Transactional
	public Allocation change(AppUserPrincipal user, long id, long expectedVersion, DecisionCommand command) {
		Permissions.requireFigureEditor(user);
		Allocation allocation = visibleDecision(user, id);
		requireVersion(allocation, expectedVersion, id);
		decisionViolations(allocation.getKind(), command.decisionNumber(), command.decisionDate(), command.amountVnd(),
				command.note())
			.throwIfAny();
		int planYear = allocation.getPlanLine().getPlanYear();
		this.periods.requireOpenForDecision(planYear, allocation.getDecisionDate());
		this.periods.requireOpenForDecision(planYear, command.decisionDate());
		long unitId = allocation.getPlanLine().getOrgUnitId();
		long programId = allocation.getPlanLine().getProgramId();
		this.approved.requireDecisionEditable(unitId, programId, planYear, allocation.getDecisionDate());
		this.approved.requireDecisionEditable(unitId, programId, planYear, command.decisionDate());
		requireLineOpen(allocation.getPlanLine());
		Map<String, Object> before = describe(allocation);
		allocation.decide(command.decisionNumber(), command.decisionDate(), command.amountVnd());
		allocation.setNote(command.note());
		Allocation saved = this.allocations.saveAndFlush(allocation);
		this.events.publishEvent(new DecisionChanged(saved.getId(), saved.getPlanLine().getId(),
				audited(user, AuditAction.CHANGE, saved, before, describe(saved), command.note())));
		return saved;
	}

	/**
	 * Deletes a decision as it stands now, whatever its version: what undoing the import
	 * that recorded it does, once the caller has made sure nothing changed it since.
	 */
	@Transactional
	public void withdraw(AppUserPrincipal user, long id, String note) {
		delete(user, id, visibleDecision(user, id).getVersion(), note);
	}

	@Transactional
	public void delete(AppUserPrincipal user, long id, long expectedVersion, String note) {
		Permissions.requireFigureEditor(user);
		Allocation allocation = visibleDecision(user, id);
		requireVersion(allocation, expectedVersion, id);
		this.periods.requireOpenForDecision(allocation.getPlanLine().getPlanYear(), allocation.getDecisionDate());
		this.approved.requireDecisionEditable(allocation.getPlanLine().getOrgUnitId(),
				allocation.getPlanLine().getProgramId(), allocation.getPlanLine().getPlanYear(),
				allocation.getDecisionDate());
		requireLineOpen(allocation.getPlanLine());
		this.events.publishEvent(new DecisionDeleted(allocation.getId(), allocation.getPlanLine().getId(),
				audited(user, AuditAction.DELETE, allocation, describe(allocation), null, note)));
		this.allocations.delete(allocation);
		this.allocations.flush();
	}

	/**
	 * Carries {@code amountVnd} of a line's remainder into the next plan year by a
	 * decision: onto a line with the same holder, program, component, capital type,
	 * funding source and origin year, linked to {@code source} and given its own
	 * {@code deadline}, whose plan the decision (an allocation of exactly that amount)
	 * raises. The line is created, or, when one with that key was entered by hand before,
	 * that one is linked and completed, so that the carried capital is never on two
	 * lines. Part of the caller's transaction, which audits the outcome.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public PlanLineView carryOver(AppUserPrincipal user, PlanLineView carried, BigDecimal amountVnd,
			String decisionNumber, LocalDate decisionDate, LocalDate deadline) {
		Permissions.requireAdmin(user);
		if (amountVnd.signum() <= 0) {
			throw new IllegalArgumentException("Only a positive remainder is carried over");
		}
		PlanLine source = this.planLines.entity(carried.id());
		int year = source.getPlanYear() + 1;
		this.periods.requireOpenForDecision(year, decisionDate);
		PlanLine line = this.planLines.findOrCreateCarried(source, year);
		if (line.getCarriedFromId() != null) {
			throw new ConflictException("planLine", line.getId());
		}
		line.carriedFrom(source, deadline);
		Allocation allocation = this.allocations
			.saveAndFlush(new Allocation(line, AllocationKind.ALLOCATION, decisionNumber, decisionDate, amountVnd));
		this.events.publishEvent(new DecisionRecorded(allocation.getId(), line.getId(),
				audited(user, AuditAction.CREATE, allocation, null, describe(allocation), null)));
		return line.view();
	}

	/**
	 * A carried-over line's plan is not changed after its own deadline.
	 */
	private void requireLineOpen(PlanLine line) {
		line.requireOpenForWrites(1, LocalDate.now(this.clock));
	}

	/**
	 * Every rule a new decision breaks before its line is looked up, all of them: its
	 * number, date, amount (whole đồng, negative only for an adjustment) and note, and
	 * the codes of its line (a capital type, years in range, the origin year not after
	 * the plan year, a component of the program chosen). A part the form could not read
	 * is not checked again. The rules that need the line's figures (a closed quarter, an
	 * approved one) are checked on saving.
	 */
	public List<RuleViolationException> violations(DecisionDraft draft) {
		RuleViolations found = decisionViolations(draft.kind(), draft.decisionNumber(), draft.decisionDate(),
				draft.amountVnd(), draft.note());
		this.planLines.checkKey(draft.program(), draft.component(), draft.capitalType(), draft.planYear(),
				draft.originYear(), found);
		return found.all();
	}

	/**
	 * Every rule the decision's own fields break: those of every decision, and a negative
	 * amount only for an adjustment.
	 */
	public RuleViolations decisionViolations(AllocationKind kind, String decisionNumber, LocalDate decisionDate,
			BigDecimal amountVnd, String note) {
		RuleViolations found = new RuleViolations();
		DecisionRules.numberProblem(decisionNumber).ifPresent(problem -> found.add(problem.toException()));
		if (decisionDate == null) {
			found.add(new RuleViolationException("decisionDate", "field.required"));
		}
		found.check(() -> DecisionRules.requireWholeDong(amountVnd));
		if (!found.names("amountVnd") && amountVnd.signum() < 0 && kind != AllocationKind.ADJUSTMENT) {
			found.add(new RuleViolationException("amountVnd", "decision.negativeOnlyAdjustment"));
		}
		found.check(() -> DecisionRules.requireNote(note));
		return found;
	}

	private static void requireVersion(Allocation allocation, long expectedVersion, long id) {
		if (allocation.getVersion() != expectedVersion) {
			throw new ConflictException("decision", id);
		}
	}

	private static AuditedChange audited(AppUserPrincipal user, AuditAction action, Allocation allocation,
			Map<String, Object> before, Map<String, Object> after, String note) {
		PlanLine line = allocation.getPlanLine();
		return new AuditedChange(user.username(), action, AuditSubject.ALLOCATION, allocation.getId(), line.getId(),
				line.getOrgUnitId(), line.getPlanYear(),
				Quarter.firstCounting(line.getPlanYear(), allocation.getDecisionDate()).quarter(), before, after, note);
	}

	static Map<String, Object> describe(Allocation allocation) {
		return AuditedChange.fields("kind", allocation.getKind(), "decisionNumber", allocation.getDecisionNumber(),
				"decisionDate", allocation.getDecisionDate(), "amountVnd", allocation.getAmountVnd());
	}

}
