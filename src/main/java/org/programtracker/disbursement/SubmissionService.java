package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.QuarterSubmission;

import org.programtracker.disbursement.internal.QuarterSubmissionRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.programtracker.kernel.ApprovedQuarters;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitHistory;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.orgunit.TreePosition;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.security.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's quarter on its way up: the unit's editor submits it, the unit above approves
 * it or returns it with a reason, and may reopen an approved quarter with a reason.
 * <p>
 * Who decides: an administrator, or an editor whose scope covers the unit's parent (the
 * parent unit's editors, or those of a unit above it). The whole unit quarter is approved
 * at once, every program together; program officers (the programs' standing agencies)
 * follow the consolidation but do not decide. A unit's own editors never approve their
 * own quarter, since their scope does not reach its parent.
 * <p>
 * An approved quarter is read-only for the unit's own plan lines on every write path
 * ({@link #requireEditable}), until reopened. A submitted or returned quarter stays
 * editable: the approver decides on the figures as they stand. Every transition is
 * published as a {@link QuarterSubmitted} event and audited. The extension period is not
 * submitted.
 */
@Service
@Transactional(readOnly = true)
public class SubmissionService implements ApprovedQuarters {

	static final int MAX_REASON = 2000;

	private final QuarterSubmissionRepository submissions;

	private final OrgUnitService orgUnits;

	private final PeriodService periods;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final OrgUnitHistory tree;

	SubmissionService(QuarterSubmissionRepository submissions, OrgUnitService orgUnits, OrgUnitHistory tree,
			PeriodService periods, ApplicationEventPublisher events, Clock clock) {
		this.tree = tree;
		this.submissions = submissions;
		this.orgUnits = orgUnits;
		this.periods = periods;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Submits the unit's quarter; submitting a submitted quarter again changes nothing,
	 * an approved one is refused until reopened.
	 */
	@Transactional
	public QuarterState submit(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		Permissions.requireFigureEditor(user);
		quarter.requireQuarterOfYear();
		OrgUnit unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		this.periods.requireOpen(quarter, unit);
		unit.requireOpenForFigures(quarter.endDate());
		Optional<QuarterSubmission> existing = find(unit, quarter);
		if (existing.isPresent() && existing.get().getState() == SubmissionState.SUBMITTED) {
			return state(unit, quarter, existing.get());
		}
		if (existing.isPresent() && existing.get().getState() == SubmissionState.APPROVED) {
			throw approved(unit, quarter, existing.get());
		}
		SubmissionState before = existing.map(QuarterSubmission::getState).orElse(SubmissionState.OPEN);
		Instant now = Instant.now(this.clock);
		QuarterSubmission submission = existing
			.orElseGet(() -> new QuarterSubmission(unit, quarter, user.username(), now));
		submission.submit(user.username(), now);
		QuarterSubmission saved = this.submissions.saveAndFlush(submission);
		publish(user, AuditAction.SUBMIT, unit, quarter, saved, before, null);
		return state(unit, quarter, saved);
	}

	/**
	 * Approves a submitted quarter: from now on the unit's figures of the quarter are
	 * read-only.
	 */
	@Transactional
	public QuarterState approve(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnit unit = decidable(user, orgUnitCode, quarter);
		QuarterSubmission submission = inState(unit, quarter, SubmissionState.SUBMITTED, "approval.notAwaiting");
		submission.approve(user.username(), Instant.now(this.clock));
		QuarterSubmission saved = this.submissions.saveAndFlush(submission);
		publish(user, AuditAction.APPROVE, unit, quarter, saved, SubmissionState.SUBMITTED, null);
		return state(unit, quarter, saved);
	}

	/**
	 * Returns a submitted quarter to the unit with a reason: the unit corrects and
	 * submits again.
	 */
	@Transactional
	public QuarterState giveBack(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String reason) {
		OrgUnit unit = decidable(user, orgUnitCode, quarter);
		String why = requireReason(reason, "approval.returnReasonRequired");
		QuarterSubmission submission = inState(unit, quarter, SubmissionState.SUBMITTED, "approval.notAwaiting");
		submission.giveBack(user.username(), Instant.now(this.clock), why);
		QuarterSubmission saved = this.submissions.saveAndFlush(submission);
		publish(user, AuditAction.RETURN, unit, quarter, saved, SubmissionState.SUBMITTED, why);
		return state(unit, quarter, saved);
	}

	/**
	 * Reopens an approved quarter with a reason: editable again, to be submitted again.
	 */
	@Transactional
	public QuarterState reopen(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String reason) {
		OrgUnit unit = decidable(user, orgUnitCode, quarter);
		String why = requireReason(reason, "approval.reopenReasonRequired");
		QuarterSubmission submission = inState(unit, quarter, SubmissionState.APPROVED, "approval.notApproved");
		submission.reopen(user.username(), Instant.now(this.clock), why);
		QuarterSubmission saved = this.submissions.saveAndFlush(submission);
		publish(user, AuditAction.REOPEN, unit, quarter, saved, SubmissionState.APPROVED, why);
		return state(unit, quarter, saved);
	}

	/**
	 * Where the unit's quarter stands.
	 */
	public QuarterState state(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		quarter.requireQuarterOfYear();
		OrgUnit unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		return find(unit, quarter).map(submission -> state(unit, quarter, submission))
			.orElseGet(() -> QuarterState.open(unit.getCode(), unit.getName(), quarter));
	}

	/**
	 * Whether the user may approve, return and reopen the unit's quarters: an
	 * administrator, or an editor whose scope covers the unit's parent.
	 */
	public boolean mayDecide(AppUserPrincipal user, OrgUnit unit) {
		if (Permissions.isAdmin(user)) {
			return true;
		}
		if (user == null || user.role() != Role.EDITOR || unit.getParent() == null) {
			return false;
		}
		return this.orgUnits.visibleUnit(user.scope(), (String) null).contains(unit.getParent());
	}

	/**
	 * Whether the user consolidates some units' quarters: administrators, program
	 * officers, and editors of a unit with units under it. Takes whatever the security
	 * context holds, for the menu.
	 */
	public boolean consolidates(Object principal) {
		if (!(principal instanceof AppUserPrincipal user)) {
			return false;
		}
		if (user.role() == Role.ADMIN || user.role() == Role.PROGRAM_OFFICER) {
			return true;
		}
		if (user.role() != Role.EDITOR) {
			return false;
		}
		return this.orgUnits.visibleUnits(user.scope()).size() > 1;
	}

	/**
	 * Refuses a change to the figures the unit holds itself in an approved quarter.
	 */
	@Override
	public void requireDecisionEditable(long orgUnitId, int planYear, LocalDate decisionDate) {
		OrgUnit unit = this.orgUnits.findById(orgUnitId).orElseThrow(() -> new NotFoundException("orgUnit", orgUnitId));
		this.submissions
			.findByOrgUnitAndYearAndQuarterGreaterThanEqualAndStateOrderByQuarter(unit, planYear,
					Quarter.firstCounting(planYear, decisionDate).quarter(), SubmissionState.APPROVED)
			.stream()
			.findFirst()
			.ifPresent(submission -> {
				throw approved(unit, new Quarter(planYear, submission.getQuarter()), submission);
			});
	}

	public void requireEditable(OrgUnit unit, Quarter quarter) {
		if (quarter.isExtension()) {
			return;
		}
		find(unit, quarter).filter(submission -> submission.getState() == SubmissionState.APPROVED)
			.ifPresent(submission -> {
				throw approved(unit, quarter, submission);
			});
	}

	/**
	 * Whether and when the unit submitted the quarter (submitted or approved).
	 */
	public Optional<Submitted> of(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnit unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		return find(unit, quarter).filter(submission -> submission.getState().handedIn()).map(this::submitted);
	}

	/**
	 * Each unit of the subtree that has plan lines of the user's programs in the
	 * quarter's year, in tree order, with its submission if any.
	 */
	public List<UnitSubmission> consolidation(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		return reportingUnits(user.scope(), orgUnitCode, quarter);
	}

	/**
	 * The units of the consolidation that have not handed in an open quarter (never
	 * submitted, returned, or reopened); none once the quarter is closed, since its
	 * consolidation is over.
	 */
	public List<UnitSubmission> unsubmitted(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		if (this.periods.isClosed(quarter)) {
			this.orgUnits.visibleUnitOn(scope, orgUnitCode, quarter.endDate());
			return List.of();
		}
		return reportingUnits(scope, orgUnitCode, quarter).stream().filter(unit -> unit.submitted() == null).toList();
	}

	private List<UnitSubmission> reportingUnits(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		TreePosition root = this.tree.visibleOn(scope, orgUnitCode, quarter.endDate());
		List<Long> unitIds = this.submissions.findReportingUnitIds(root.subtreePattern(), quarter.endDate(),
				quarter.year(), !scope.limitsPrograms(), scope.limitsPrograms() ? scope.programIds() : Set.of(-1L));
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return this.submissions.findReportingUnits(unitIds, quarter.year(), quarter.quarter())
			.stream()
			.map(reporting -> unitSubmission(reporting.unit(), quarter, reporting.submission()))
			.toList();
	}

	private UnitSubmission unitSubmission(OrgUnit unit, Quarter quarter, QuarterSubmission submission) {
		QuarterState state = (submission == null) ? QuarterState.open(unit.getCode(), unit.getName(), quarter)
				: state(unit, quarter, submission);
		return new UnitSubmission(unit.getCode(), unit.getName(), unit.getDepth(),
				(submission != null && submission.getState().handedIn()) ? submitted(submission) : null, state);
	}

	private OrgUnit decidable(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		if (user == null) {
			throw new AccessDeniedException("Only the unit above approves a quarter");
		}
		quarter.requireQuarterOfYear();
		OrgUnit unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		if (!mayDecide(user, unit)) {
			throw new AccessDeniedException("Only the unit above approves a quarter");
		}
		this.periods.requireOpen(quarter, unit);
		return unit;
	}

	private QuarterSubmission inState(OrgUnit unit, Quarter quarter, SubmissionState expected, String messageKey) {
		QuarterSubmission submission = find(unit, quarter).orElse(null);
		SubmissionState current = (submission == null) ? SubmissionState.OPEN : submission.getState();
		if (current != expected) {
			throw new StateConflictException("wrong-state", messageKey, unit.getName(), quarter.quarter(),
					quarter.year(), new DefaultMessageSourceResolvable("approval.state." + current.name()));
		}
		return submission;
	}

	private static String requireReason(String reason, String messageKey) {
		if (reason == null || reason.isBlank()) {
			throw new RuleViolationException("reason", messageKey);
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new RuleViolationException("reason", "field.tooLong", MAX_REASON);
		}
		return reason.strip();
	}

	private void publish(AppUserPrincipal user, AuditAction action, OrgUnit unit, Quarter quarter,
			QuarterSubmission saved, SubmissionState before, String reason) {
		Map<String, Object> old = (before == SubmissionState.OPEN && action == AuditAction.SUBMIT) ? null
				: AuditedChange.fields("state", before.name());
		this.events.publishEvent(new QuarterSubmitted(unit.getId(), quarter,
				new AuditedChange(user.username(), action, AuditSubject.PERIOD, saved.getId(), null, unit.getId(),
						quarter.year(), quarter.quarter(), old, AuditedChange.fields("state", saved.getState().name()),
						reason)));
	}

	private QuarterApprovedException approved(OrgUnit unit, Quarter quarter, QuarterSubmission submission) {
		return new QuarterApprovedException(quarter, unit.getCode(), unit.getName(), submission.getDecidedBy(),
				LocalDate.ofInstant(submission.getDecidedAt(), this.clock.getZone()));
	}

	private Optional<QuarterSubmission> find(OrgUnit unit, Quarter quarter) {
		return this.submissions.findByOrgUnitAndYearAndQuarter(unit, quarter.year(), quarter.quarter());
	}

	private QuarterState state(OrgUnit unit, Quarter quarter, QuarterSubmission submission) {
		return new QuarterState(unit.getCode(), unit.getName(), quarter, submission.getState(),
				submission.getSubmittedBy(), submission.getSubmittedAt(), day(submission.getSubmittedAt()),
				submission.getDecidedBy(), submission.getDecidedAt(), day(submission.getDecidedAt()),
				submission.getReason(), submission.getVersion());
	}

	private LocalDate day(Instant instant) {
		return (instant == null) ? null : LocalDate.ofInstant(instant, this.clock.getZone());
	}

	private Submitted submitted(QuarterSubmission submission) {
		return new Submitted(submission.getSubmittedBy(), day(submission.getSubmittedAt()));
	}

	public record Submitted(String by, LocalDate on) {

	}

	/**
	 * A unit of a consolidation: {@code submitted} while it has handed in its quarter
	 * (submitted or approved), and its whole state.
	 */
	public record UnitSubmission(String code, String name, int depth, Submitted submitted, QuarterState state) {

	}

}
