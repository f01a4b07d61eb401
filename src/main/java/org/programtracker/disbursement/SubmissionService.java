package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.QuarterSubmission;

import org.programtracker.disbursement.internal.QuarterSubmissionRepository;
import org.programtracker.disbursement.internal.ProgramApproval;
import org.programtracker.disbursement.internal.ProgramApprovalRepository;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
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
import org.programtracker.orgunit.OrgUnitView;
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
 * parent unit's editors, or those of a unit above it), approves the whole unit quarter at
 * once, every program together. A program's standing agency (its program officers)
 * approves, returns and reopens a submitted quarter for its program only
 * ({@link #approveFor}): the unit's figures of that program become read-only, the rest
 * stays with the unit above. A unit's own editors never approve their own quarter, since
 * their scope does not reach its parent.
 * <p>
 * An approved quarter is read-only for the unit's own plan lines (of the approved
 * program, for a standing agency's approval) on every write path
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

	private final ProgramApprovalRepository programApprovals;

	private final ProgramService programs;

	SubmissionService(QuarterSubmissionRepository submissions, ProgramApprovalRepository programApprovals,
			OrgUnitService orgUnits, OrgUnitHistory tree, ProgramService programs, PeriodService periods,
			ApplicationEventPublisher events, Clock clock) {
		this.tree = tree;
		this.programApprovals = programApprovals;
		this.programs = programs;
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
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		this.periods.requireOpen(quarter, unit);
		unit.requireOpenForFigures(quarter.endDate());
		Optional<QuarterSubmission> existing = find(unit, quarter);
		if (existing.isPresent() && existing.get().getState() == SubmissionState.SUBMITTED) {
			return state(unit, quarter);
		}
		if (existing.isPresent() && existing.get().getState() == SubmissionState.APPROVED) {
			throw approved(unit, quarter, existing.get());
		}
		SubmissionState before = existing.map(QuarterSubmission::getState).orElse(SubmissionState.OPEN);
		Instant now = Instant.now(this.clock);
		QuarterSubmission submission = existing
			.orElseGet(() -> new QuarterSubmission(unit.id(), quarter, user.username(), now));
		submission.submit(user.username(), now);
		QuarterSubmission saved = this.submissions.saveAndFlush(submission);
		publish(user, AuditAction.SUBMIT, unit, quarter, saved, before, null);
		return state(unit, quarter);
	}

	/**
	 * Approves a submitted quarter: from now on the unit's figures of the quarter are
	 * read-only.
	 */
	@Transactional
	public QuarterState approve(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		return decide(user, orgUnitCode, quarter, Step.APPROVE, null);
	}

	/**
	 * Returns a submitted quarter to the unit with a reason: the unit corrects and
	 * submits again.
	 */
	@Transactional
	public QuarterState giveBack(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String reason) {
		return decide(user, orgUnitCode, quarter, Step.GIVE_BACK, reason);
	}

	/**
	 * Reopens an approved quarter with a reason: editable again, to be submitted again.
	 */
	@Transactional
	public QuarterState reopen(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String reason) {
		return decide(user, orgUnitCode, quarter, Step.REOPEN, reason);
	}

	/**
	 * Approves a submitted quarter for one program, by the program's standing agency:
	 * from now on the unit's figures of the program in the quarter are read-only; the
	 * unit above still decides on the whole quarter.
	 */
	@Transactional
	public QuarterState approveFor(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String programCode) {
		OrgUnitView unit = decidableFor(user, orgUnitCode, quarter);
		ProgramView program = heldProgram(user, unit, quarter, programCode);
		inState(unit, quarter, Step.APPROVE.from, Step.APPROVE.notInStateKey);
		Optional<ProgramApproval> existing = this.programApprovals
			.findByOrgUnitIdAndYearAndQuarterAndProgramId(unit.id(), quarter.year(), quarter.quarter(), program.id());
		if (existing.isPresent()) {
			return state(unit, quarter);
		}
		ProgramApproval saved = this.programApprovals.saveAndFlush(
				new ProgramApproval(unit.id(), quarter, program.id(), user.username(), Instant.now(this.clock)));
		publishFor(user, AuditAction.APPROVE, unit, quarter, saved.getId(), program, SubmissionState.SUBMITTED,
				SubmissionState.APPROVED, null);
		return state(unit, quarter);
	}

	/**
	 * Returns a submitted quarter to the unit with a reason, by a program's standing
	 * agency for its program: the unit corrects and submits its quarter again.
	 */
	@Transactional
	public QuarterState giveBackFor(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String programCode,
			String reason) {
		OrgUnitView unit = decidableFor(user, orgUnitCode, quarter);
		ProgramView program = heldProgram(user, unit, quarter, programCode);
		String why = requireReason(reason, Step.GIVE_BACK.reasonRequiredKey);
		QuarterSubmission saved = step(user, unit, quarter, Step.GIVE_BACK, why);
		publishFor(user, AuditAction.RETURN, unit, quarter, saved.getId(), program, SubmissionState.SUBMITTED,
				SubmissionState.RETURNED, why);
		return state(unit, quarter);
	}

	/**
	 * Reopens the quarter a program's standing agency approved for its program, with a
	 * reason: the unit's figures of the program are editable again.
	 */
	@Transactional
	public QuarterState reopenFor(AppUserPrincipal user, String orgUnitCode, Quarter quarter, String programCode,
			String reason) {
		OrgUnitView unit = decidableFor(user, orgUnitCode, quarter);
		ProgramView program = heldProgram(user, unit, quarter, programCode);
		String why = requireReason(reason, Step.REOPEN.reasonRequiredKey);
		ProgramApproval approval = this.programApprovals
			.findByOrgUnitIdAndYearAndQuarterAndProgramId(unit.id(), quarter.year(), quarter.quarter(), program.id())
			.orElseThrow(() -> new StateConflictException("wrong-state", "approval.notApprovedFor", unit.name(),
					quarter.quarter(), quarter.year(), program.code()));
		this.programApprovals.delete(approval);
		this.programApprovals.flush();
		publishFor(user, AuditAction.REOPEN, unit, quarter, approval.getId(), program, SubmissionState.APPROVED,
				SubmissionState.OPEN, why);
		return state(unit, quarter);
	}

	/**
	 * The unit above's decision on the unit's quarter, taken by the user, now: the
	 * quarter must be in the step's state, and the reason is required when the step asks
	 * for one.
	 */
	private QuarterState decide(AppUserPrincipal user, String orgUnitCode, Quarter quarter, Step step, String reason) {
		OrgUnitView unit = decidable(user, orgUnitCode, quarter);
		String why = (step.reasonRequiredKey != null) ? requireReason(reason, step.reasonRequiredKey) : null;
		QuarterSubmission saved = step(user, unit, quarter, step, why);
		publish(user, step.action, unit, quarter, saved, step.from, why);
		return state(unit, quarter);
	}

	/**
	 * One step of a quarter's submission from the state it must be in: taken by the user,
	 * now, for the reason given (if any), and saved.
	 */
	private QuarterSubmission step(AppUserPrincipal user, OrgUnitView unit, Quarter quarter, Step step, String why) {
		QuarterSubmission submission = inState(unit, quarter, step.from, step.notInStateKey);
		step.transition.take(submission, user.username(), Instant.now(this.clock), why);
		return this.submissions.saveAndFlush(submission);
	}

	/**
	 * The steps the unit above (or a program's standing agency) takes on a submitted or
	 * approved quarter: the state it must be in, the message when it is not, the message
	 * when a required reason is missing (none for an approval), and what is audited.
	 */
	private enum Step {

		APPROVE(SubmissionState.SUBMITTED, "approval.notAwaiting", null, AuditAction.APPROVE,
				(submission, username, at, why) -> submission.approve(username, at)),

		GIVE_BACK(SubmissionState.SUBMITTED, "approval.notAwaiting", "approval.returnReasonRequired",
				AuditAction.RETURN, QuarterSubmission::giveBack),

		REOPEN(SubmissionState.APPROVED, "approval.notApproved", "approval.reopenReasonRequired", AuditAction.REOPEN,
				QuarterSubmission::reopen);

		private final SubmissionState from;

		private final String notInStateKey;

		private final String reasonRequiredKey;

		private final AuditAction action;

		private final Transition transition;

		Step(SubmissionState from, String notInStateKey, String reasonRequiredKey, AuditAction action,
				Transition transition) {
			this.from = from;
			this.notInStateKey = notInStateKey;
			this.reasonRequiredKey = reasonRequiredKey;
			this.action = action;
			this.transition = transition;
		}

	}

	@FunctionalInterface
	private interface Transition {

		void take(QuarterSubmission submission, String username, Instant at, String reason);

	}

	/**
	 * Where the unit's quarter stands.
	 */
	public QuarterState state(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		quarter.requireQuarterOfYear();
		return state(this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate()), quarter);
	}

	/**
	 * Whether the user approves, returns and reopens the unit's quarters for the program:
	 * a program officer of the program (its standing agency).
	 */
	public boolean mayDecideFor(AppUserPrincipal user, long programId) {
		return user != null && user.role() == Role.PROGRAM_OFFICER && user.programIds().contains(programId);
	}

	/**
	 * The programs of each unit's plan lines in the quarter's year whose quarter the user
	 * decides on for the program, by unit id, in program order.
	 */
	public Map<Long, List<ProgramView>> programsDecidedBy(AppUserPrincipal user, Collection<Long> unitIds,
			Quarter quarter) {
		if (user == null || user.role() != Role.PROGRAM_OFFICER || unitIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, ProgramView> byId = new LinkedHashMap<>();
		this.programs.allPrograms()
			.stream()
			.filter(program -> mayDecideFor(user, program.id()))
			.forEach(program -> byId.put(program.id(), program));
		Map<Long, List<ProgramView>> decided = new HashMap<>();
		List<ProgramApprovalRepository.HeldProgram> held = this.programApprovals.findHeldPrograms(unitIds,
				quarter.endDate(), quarter.year());
		for (ProgramView program : byId.values()) {
			held.stream()
				.filter(pair -> pair.getProgramId() == program.id())
				.forEach(pair -> decided.computeIfAbsent(pair.getUnitId(), id -> new ArrayList<>()).add(program));
		}
		return decided;
	}

	/**
	 * Whether the user may approve, return and reopen the unit's quarters: an
	 * administrator, or an editor whose scope covers the unit's parent.
	 */
	public boolean mayDecide(AppUserPrincipal user, OrgUnitView unit) {
		if (Permissions.isAdmin(user)) {
			return true;
		}
		if (user == null || user.role() != Role.EDITOR || unit.root()) {
			return false;
		}
		OrgUnitView home = this.orgUnits.visibleUnit(user.scope(), (String) null);
		return home.id() != unit.id() && home.contains(unit);
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
	public void requireDecisionEditable(long orgUnitId, long programId, int planYear, LocalDate decisionDate) {
		OrgUnitView unit = this.orgUnits.findById(orgUnitId)
			.orElseThrow(() -> new NotFoundException("orgUnit", orgUnitId));
		int from = Quarter.firstCounting(planYear, decisionDate).quarter();
		this.submissions
			.findByOrgUnitIdAndYearAndQuarterGreaterThanEqualAndStateOrderByQuarter(unit.id(), planYear, from,
					SubmissionState.APPROVED)
			.stream()
			.findFirst()
			.ifPresent(submission -> {
				throw approved(unit, new Quarter(planYear, submission.getQuarter()), submission);
			});
		this.programApprovals.findFrom(orgUnitId, planYear, from, programId)
			.stream()
			.findFirst()
			.ifPresent(approval -> {
				throw approved(unit, new Quarter(planYear, approval.getQuarter()), approval);
			});
	}

	/**
	 * Refuses a change to the unit's own figures in a quarter the unit above approved.
	 */
	public void requireEditable(OrgUnitView unit, Quarter quarter) {
		if (quarter.isExtension()) {
			return;
		}
		find(unit, quarter).filter(submission -> submission.getState() == SubmissionState.APPROVED)
			.ifPresent(submission -> {
				throw approved(unit, quarter, submission);
			});
	}

	/**
	 * Refuses a change to the unit's own figures of the program in an approved quarter:
	 * approved by the unit above, or for the program by its standing agency.
	 * @param programId the program of the figures changed, or {@code null} for a change
	 * to any of them (a reorganisation), refused when any program's approval holds
	 */
	public void requireEditable(OrgUnitView unit, Quarter quarter, Long programId) {
		if (quarter.isExtension()) {
			return;
		}
		requireEditable(unit, quarter);
		this.programApprovals.findFrom(unit.id(), quarter.year(), quarter.quarter(), programId)
			.stream()
			.filter(approval -> approval.getQuarter() == quarter.quarter())
			.findFirst()
			.ifPresent(approval -> {
				throw approved(unit, quarter, approval);
			});
	}

	/**
	 * The refusal a change to the unit's own figures of each of these programs would get
	 * in the quarter, for the programs approved (by the unit above, or for the program by
	 * its standing agency): what {@link #requireEditable(OrgUnitView, Quarter, Long)}
	 * asks of one program, in two queries whatever the number of programs.
	 */
	public Map<Long, QuarterApprovedException> approvalsOf(OrgUnitView unit, Quarter quarter,
			Collection<Long> programIds) {
		return approvalsOf(quarter, List.of(unit), Map.of(unit.id(), Set.copyOf(programIds))).getOrDefault(unit.id(),
				new HashMap<>());
	}

	/**
	 * What {@link #approvalsOf(OrgUnitView, Quarter, Collection)} answers for one unit,
	 * for each of these units and its programs, by unit id: two queries whatever the
	 * number of units and programs.
	 */
	public Map<Long, Map<Long, QuarterApprovedException>> approvalsOf(Quarter quarter, Collection<OrgUnitView> units,
			Map<Long, Set<Long>> programsByUnit) {
		Map<Long, Map<Long, QuarterApprovedException>> refused = new HashMap<>();
		if (quarter.isExtension() || units.isEmpty()) {
			return refused;
		}
		Map<Long, OrgUnitView> byId = new HashMap<>();
		units.forEach(unit -> byId.put(unit.id(), unit));
		Set<Long> wholly = new HashSet<>();
		for (QuarterSubmission whole : this.submissions.findByOrgUnitIdInAndYearAndQuarterAndState(byId.keySet(),
				quarter.year(), quarter.quarter(), SubmissionState.APPROVED)) {
			OrgUnitView unit = byId.get(whole.getOrgUnitId());
			wholly.add(unit.id());
			Map<Long, QuarterApprovedException> ofUnit = refused.computeIfAbsent(unit.id(), id -> new HashMap<>());
			programsByUnit.getOrDefault(unit.id(), Set.of())
				.forEach(id -> ofUnit.put(id, approved(unit, quarter, whole)));
		}
		for (ProgramApproval approval : this.programApprovals.findByOrgUnitIdInAndYearAndQuarter(byId.keySet(),
				quarter.year(), quarter.quarter())) {
			if (programsByUnit.getOrDefault(approval.getOrgUnitId(), Set.of()).contains(approval.getProgramId())
					&& !wholly.contains(approval.getOrgUnitId())) {
				refused.computeIfAbsent(approval.getOrgUnitId(), id -> new HashMap<>())
					.putIfAbsent(approval.getProgramId(),
							approved(byId.get(approval.getOrgUnitId()), quarter, approval));
			}
		}
		return refused;
	}

	/**
	 * Whether and when the unit submitted the quarter (submitted or approved).
	 */
	public Optional<Submitted> of(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
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
	 * The first {@code limit} units, in tree order, of the consolidation that have not
	 * handed in an open quarter (never submitted, returned, or reopened), and how many
	 * they are; none once the quarter is closed, since its consolidation is over. Only
	 * those first units are loaded: at the root, the others are counted from their ids.
	 */
	public Unsubmitted unsubmitted(OrgUnitScope scope, String orgUnitCode, Quarter quarter, int limit) {
		if (this.periods.isClosed(quarter)) {
			this.orgUnits.visibleUnitOn(scope, orgUnitCode, quarter.endDate());
			return new Unsubmitted(List.of(), 0);
		}
		List<Long> unitIds = reportingUnitIds(scope, orgUnitCode, quarter);
		Set<Long> handedIn = new HashSet<>(this.submissions.findUnitIdsInStates(unitIds.toArray(Long[]::new),
				quarter.year(), quarter.quarter(), SubmissionState.handedInNames()));
		List<Long> waiting = unitIds.stream().filter(id -> !handedIn.contains(id)).toList();
		return new Unsubmitted(unitSubmissions(this.orgUnits.firstInTreeOrder(waiting, limit), quarter),
				waiting.size());
	}

	private List<Long> reportingUnitIds(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		TreePosition root = this.tree.visibleOn(scope, orgUnitCode, quarter.endDate());
		Set<Long> programIds = scope.limitsPrograms() ? scope.programIds() : Set.of(-1L);
		return this.submissions.findReportingUnitIds(root.subtreePattern(), quarter.endDate(), quarter.year(),
				!scope.limitsPrograms(), programIds);
	}

	private List<UnitSubmission> reportingUnits(OrgUnitScope scope, String orgUnitCode, Quarter quarter) {
		List<Long> unitIds = reportingUnitIds(scope, orgUnitCode, quarter);
		return unitSubmissions(
				this.orgUnits.byIds(unitIds).values().stream().sorted(Comparator.comparing(OrgUnitView::path)).toList(),
				quarter);
	}

	/**
	 * The submission of each of these units, in their order, with its approvals.
	 */
	private List<UnitSubmission> unitSubmissions(List<OrgUnitView> units, Quarter quarter) {
		if (units.isEmpty()) {
			return List.of();
		}
		List<Long> unitIds = units.stream().map(OrgUnitView::id).toList();
		Map<Long, List<ProgramApproval>> approvals = this.programApprovals
			.findByOrgUnitIdInAndYearAndQuarter(unitIds, quarter.year(), quarter.quarter())
			.stream()
			.collect(Collectors.groupingBy(ProgramApproval::getOrgUnitId));
		Map<Long, QuarterSubmission> submitted = this.submissions
			.findByOrgUnitIdInAndYearAndQuarter(unitIds, quarter.year(), quarter.quarter())
			.stream()
			.collect(Collectors.toMap(QuarterSubmission::getOrgUnitId, submission -> submission));
		return units.stream()
			.map(unit -> unitSubmission(unit, quarter, submitted.get(unit.id()),
					approvals.getOrDefault(unit.id(), List.of())))
			.toList();
	}

	private UnitSubmission unitSubmission(OrgUnitView unit, Quarter quarter, QuarterSubmission submission,
			List<ProgramApproval> approvals) {
		QuarterState state = state(unit, quarter, submission, approvals);
		return new UnitSubmission(unit.code(), unit.name(), unit.depth(),
				(submission != null && submission.getState().handedIn()) ? submitted(submission) : null, state);
	}

	private OrgUnitView decidable(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		if (user == null) {
			throw new AccessDeniedException("Only the unit above approves a quarter");
		}
		quarter.requireQuarterOfYear();
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		if (!mayDecide(user, unit)) {
			throw new AccessDeniedException("Only the unit above approves a quarter");
		}
		this.periods.requireOpen(quarter, unit);
		return unit;
	}

	/**
	 * The unit whose quarter a program officer decides on for one of their programs.
	 */
	private OrgUnitView decidableFor(AppUserPrincipal user, String orgUnitCode, Quarter quarter) {
		if (user == null || user.role() != Role.PROGRAM_OFFICER) {
			throw new AccessDeniedException("Only a program's standing agency approves a quarter for its program");
		}
		quarter.requireQuarterOfYear();
		OrgUnitView unit = this.orgUnits.visibleUnitOn(user.scope(), orgUnitCode, quarter.endDate());
		this.periods.requireOpen(quarter, unit);
		return unit;
	}

	/**
	 * The program the officer decides for, which the unit held plan lines of in the
	 * quarter's year; not found otherwise, as for a program the officer does not see.
	 */
	private ProgramView heldProgram(AppUserPrincipal user, OrgUnitView unit, Quarter quarter, String programCode) {
		ProgramView program = this.programs.findByCode((programCode == null) ? "" : programCode.strip())
			.filter(found -> user.scope().covers(found.id()))
			.orElseThrow(() -> new NotFoundException("program", programCode));
		if (!mayDecideFor(user, program.id())) {
			throw new AccessDeniedException("Only the program's standing agency approves a quarter for it");
		}
		boolean held = this.programApprovals.findHeldPrograms(List.of(unit.id()), quarter.endDate(), quarter.year())
			.stream()
			.anyMatch(pair -> pair.getProgramId() == program.id());
		if (!held) {
			throw new RuleViolationException("program", "approval.programNotHeld", unit.name(), quarter.year(),
					program.code());
		}
		return program;
	}

	private QuarterSubmission inState(OrgUnitView unit, Quarter quarter, SubmissionState expected, String messageKey) {
		QuarterSubmission submission = find(unit, quarter).orElse(null);
		SubmissionState current = (submission == null) ? SubmissionState.OPEN : submission.getState();
		if (current != expected) {
			throw new StateConflictException("wrong-state", messageKey, unit.name(), quarter.quarter(), quarter.year(),
					new DefaultMessageSourceResolvable("approval.state." + current.name()));
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

	private void publish(AppUserPrincipal user, AuditAction action, OrgUnitView unit, Quarter quarter,
			QuarterSubmission saved, SubmissionState before, String reason) {
		Map<String, Object> old = (before == SubmissionState.OPEN && action == AuditAction.SUBMIT) ? null
				: AuditedChange.fields("state", before.name());
		this.events.publishEvent(new QuarterSubmitted(unit.id(), quarter,
				new AuditedChange(user.username(), action, AuditSubject.PERIOD, saved.getId(), null, unit.id(),
						quarter.year(), quarter.quarter(), old, AuditedChange.fields("state", saved.getState().name()),
						reason)));
	}

	/**
	 * A standing agency's decision for its program, audited on the unit's quarter with
	 * the program named.
	 */
	private void publishFor(AppUserPrincipal user, AuditAction action, OrgUnitView unit, Quarter quarter,
			long subjectId, ProgramView program, SubmissionState before, SubmissionState after, String reason) {
		this.events.publishEvent(new QuarterSubmitted(unit.id(), quarter,
				new AuditedChange(user.username(), action, AuditSubject.PERIOD, subjectId, null, unit.id(),
						quarter.year(), quarter.quarter(),
						AuditedChange.fields("program", program.code(), "state", before.name()),
						AuditedChange.fields("program", program.code(), "state", after.name()), reason)));
	}

	private QuarterApprovedException approved(OrgUnitView unit, Quarter quarter, QuarterSubmission submission) {
		return new QuarterApprovedException(quarter, unit.code(), unit.name(), submission.getDecidedBy(),
				LocalDate.ofInstant(submission.getDecidedAt(), this.clock.getZone()), null);
	}

	private QuarterApprovedException approved(OrgUnitView unit, Quarter quarter, ProgramApproval approval) {
		ProgramView program = this.programs.findById(approval.getProgramId()).orElseThrow();
		return new QuarterApprovedException(quarter, unit.code(), unit.name(), approval.getApprovedBy(),
				LocalDate.ofInstant(approval.getApprovedAt(), this.clock.getZone()), program.code());
	}

	private Optional<QuarterSubmission> find(OrgUnitView unit, Quarter quarter) {
		return this.submissions.findByOrgUnitIdAndYearAndQuarter(unit.id(), quarter.year(), quarter.quarter());
	}

	private QuarterState state(OrgUnitView unit, Quarter quarter) {
		return state(unit, quarter, find(unit, quarter).orElse(null), this.programApprovals
			.findByOrgUnitIdAndYearAndQuarterOrderByProgramId(unit.id(), quarter.year(), quarter.quarter()));
	}

	private QuarterState state(OrgUnitView unit, Quarter quarter, QuarterSubmission submission,
			List<ProgramApproval> approvals) {
		List<QuarterState.ProgramApproved> approved = approvals.isEmpty() ? List.of() : programApproved(approvals);
		if (submission == null) {
			return QuarterState.open(unit.code(), unit.name(), quarter, approved);
		}
		return new QuarterState(unit.code(), unit.name(), quarter, submission.getState(), submission.getSubmittedBy(),
				submission.getSubmittedAt(), day(submission.getSubmittedAt()), submission.getDecidedBy(),
				submission.getDecidedAt(), day(submission.getDecidedAt()), submission.getReason(),
				submission.getVersion(), approved);
	}

	private List<QuarterState.ProgramApproved> programApproved(List<ProgramApproval> approvals) {
		List<QuarterState.ProgramApproved> approved = new ArrayList<>();
		for (ProgramView program : this.programs.allPrograms()) {
			approvals.stream()
				.filter(approval -> approval.getProgramId() == program.id())
				.forEach(approval -> approved.add(new QuarterState.ProgramApproved(program.code(), program.name(),
						approval.getApprovedBy(), approval.getApprovedAt(), day(approval.getApprovedAt()))));
		}
		return approved;
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

	/**
	 * The first units of a consolidation that have not handed in their quarter, and how
	 * many they are in all.
	 */
	public record Unsubmitted(List<UnitSubmission> first, int total) {

	}

}
