package org.programtracker.assignment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.programtracker.assignment.AssignmentChoices.ProgramChoice;
import org.programtracker.assignment.AssignmentChoices.UnitChoice;
import org.programtracker.assignment.AssignmentEvent.AssignmentChanged;
import org.programtracker.assignment.AssignmentEvent.AssignmentDeleted;
import org.programtracker.assignment.AssignmentEvent.AssignmentRecorded;
import org.programtracker.assignment.internal.Assignment;
import org.programtracker.assignment.internal.AssignmentRepository;
import org.programtracker.assignment.internal.AssignmentRows;
import org.programtracker.assignment.internal.AssignmentRows.Criteria;
import org.programtracker.assignment.internal.AssignmentRows.Found;
import org.programtracker.kernel.ApprovedQuarters;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.DecisionRules;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.RuleViolations;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records, changes and deletes assignments (giao vốn), and reads them for the pages, the
 * API and other features, always within the caller's scope: an assignment is visible when
 * its receiving unit and its program are. Every write checks the caller's role, refuses
 * to move the figures of a closed quarter, compares the version the caller read, and
 * publishes an {@link AssignmentEvent}, audited in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentService {

	static final int PAGE_SIZE = 25;

	private final AssignmentRepository assignments;

	private final AssignmentRows rows;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	private final PeriodService periods;

	private final ApplicationEventPublisher events;

	private final ApprovedQuarters approved;

	AssignmentService(AssignmentRepository assignments, AssignmentRows rows, OrgUnitService orgUnits,
			ProgramService programs, PeriodService periods, ApprovedQuarters approved,
			ApplicationEventPublisher events) {
		this.approved = approved;
		this.assignments = assignments;
		this.rows = rows;
		this.orgUnits = orgUnits;
		this.programs = programs;
		this.periods = periods;
		this.events = events;
	}

	/**
	 * The assignment with this id, if the caller's scope covers its receiving unit and
	 * its program; otherwise it is not found, like one that does not exist.
	 */
	public AssignmentView assignment(AppUserPrincipal user, long id) {
		visible(user, id);
		return view(id);
	}

	/**
	 * A page of the register: the assignments the filter lets through within the caller's
	 * scope, and their total.
	 */
	public AssignmentListing list(AppUserPrincipal user, AssignmentFilter filter, int page) {
		return list(user, filter, page, PAGE_SIZE);
	}

	/**
	 * Every assignment of the register as filtered and sorted, for an export.
	 */
	public List<AssignmentView> all(AppUserPrincipal user, AssignmentFilter filter) {
		return list(user, filter, 0, Integer.MAX_VALUE).page().getContent();
	}

	private AssignmentListing list(AppUserPrincipal user, AssignmentFilter filter, int page, int pageSize) {
		OrgUnitScope scope = user.scope();
		String pattern = (scope.coversAllUnits() && filter.orgUnit() == null) ? "%"
				: this.orgUnits.visibleUnit(scope, filter.orgUnit()).subtreePattern();
		Criteria criteria = new Criteria(pattern, filter.year(), filter.program(), filter.capitalType(),
				filter.fundingSource(), filter.fromOutside() ? null : filter.from(), filter.fromOutside(),
				scope.limitsPrograms() ? scope.programIds() : null);
		Found found = this.rows.search(criteria, filter.sortKey(), filter.ascending(), page, pageSize);
		return new AssignmentListing(found.page(), found.total());
	}

	/**
	 * What the register's filters and the form offer the caller.
	 */
	public AssignmentChoices choices(AppUserPrincipal user) {
		OrgUnitScope scope = user.scope();
		List<UnitChoice> units = this.orgUnits.visibleUnits(scope).stream().map(AssignmentService::choice).toList();
		List<UnitChoice> granting = new ArrayList<>();
		if (!scope.coversAllUnits()) {
			List<OrgUnitView> above = new ArrayList<>(
					this.orgUnits.withAncestors(this.orgUnits.visibleUnit(scope, (String) null)));
			above.remove(0);
			Collections.reverse(above);
			above.forEach(unit -> granting.add(choice(unit)));
		}
		granting.addAll(units);
		List<ProgramChoice> visiblePrograms = this.programs.activePrograms()
			.stream()
			.filter(program -> scope.covers(program.id()))
			.map(program -> new ProgramChoice(program.code(), program.name()))
			.toList();
		return new AssignmentChoices(units, granting, visiblePrograms, this.rows.planYears());
	}

	@Transactional
	public AssignmentView record(AppUserPrincipal user, AssignmentCommand command) {
		Permissions.requireFigureEditor(user);
		OrgUnitScope scope = user.scope();
		violations(user, command).throwIfAny();
		OrgUnitView unit = this.orgUnits.visibleUnit(scope, command.orgUnit().strip());
		unit.requireOpenForFigures(command.decisionDate());
		ProgramView program = this.programs.findByCode(command.program().strip())
			.filter(found -> scope.covers(found.id()))
			.orElseThrow(() -> new NotFoundException("program", command.program()));
		OrgUnitView from = grantingUnit(unit, command.from());
		requireRunning(program, command.planYear());
		this.periods.requireOpenForDecision(command.planYear(), command.decisionDate());
		this.approved.requireDecisionEditable(unit.id(), program.id(), command.planYear(), command.decisionDate());
		Assignment assignment = new Assignment(unit.id(), (from == null) ? null : from.id(), program.id(),
				command.capitalType(), command.fundingSourceOrDefault(), command.planYear(),
				command.originYearOrDefault());
		assignment.decide(command.decisionNumber(), command.decisionDate(), command.amountVnd());
		assignment.setNote(command.note());
		Assignment saved = this.assignments.saveAndFlush(assignment);
		AssignmentView created = view(saved.getId());
		this.events.publishEvent(new AssignmentRecorded(saved.getId(),
				audited(user, AuditAction.CREATE, saved, null, describe(created), command.note())));
		return created;
	}

	/**
	 * Changes the decision of an assignment: its number, date, amount and note. What was
	 * assigned to whom stays; a wrong unit, program or year is corrected by deleting the
	 * assignment and recording the right one.
	 */
	@Transactional
	public AssignmentView change(AppUserPrincipal user, long id, long expectedVersion, AssignmentDecision decision) {
		Permissions.requireFigureEditor(user);
		Assignment assignment = visible(user, id);
		requireVersion(assignment, expectedVersion, id);
		decisionViolations(decision, assignment.getPlanYear()).throwIfAny();
		this.periods.requireOpenForDecision(assignment.getPlanYear(), assignment.getDecisionDate());
		this.periods.requireOpenForDecision(assignment.getPlanYear(), decision.decisionDate());
		this.approved.requireDecisionEditable(assignment.getOrgUnitId(), assignment.getProgramId(),
				assignment.getPlanYear(), assignment.getDecisionDate());
		this.approved.requireDecisionEditable(assignment.getOrgUnitId(), assignment.getProgramId(),
				assignment.getPlanYear(), decision.decisionDate());
		Map<String, Object> before = describe(view(id));
		assignment.decide(decision.decisionNumber(), decision.decisionDate(), decision.amountVnd());
		assignment.setNote(decision.note());
		Assignment saved = this.assignments.saveAndFlush(assignment);
		AssignmentView changed = view(id);
		this.events.publishEvent(new AssignmentChanged(id,
				audited(user, AuditAction.CHANGE, saved, before, describe(changed), decision.note())));
		return changed;
	}

	@Transactional
	public void delete(AppUserPrincipal user, long id, long expectedVersion, String note) {
		Permissions.requireFigureEditor(user);
		Assignment assignment = visible(user, id);
		requireVersion(assignment, expectedVersion, id);
		this.periods.requireOpenForDecision(assignment.getPlanYear(), assignment.getDecisionDate());
		this.approved.requireDecisionEditable(assignment.getOrgUnitId(), assignment.getProgramId(),
				assignment.getPlanYear(), assignment.getDecisionDate());
		this.events.publishEvent(new AssignmentDeleted(id,
				audited(user, AuditAction.DELETE, assignment, describe(view(id)), null, note)));
		this.assignments.delete(assignment);
		this.assignments.flush();
	}

	private Assignment visible(AppUserPrincipal user, long id) {
		Assignment assignment = this.assignments.findById(id)
			.orElseThrow(() -> new NotFoundException("assignment", id));
		OrgUnitScope scope = user.scope();
		if (!scope.covers(assignment.getProgramId())) {
			throw new NotFoundException("assignment", id);
		}
		try {
			this.orgUnits.visibleUnit(scope, assignment.getOrgUnitId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("assignment", id);
		}
		return assignment;
	}

	private AssignmentView view(long id) {
		return this.rows.find(id).orElseThrow(() -> new NotFoundException("assignment", id));
	}

	/**
	 * The unit that grants the capital: none for capital from outside the tree, otherwise
	 * a unit above the receiving one. Any other code, whether it names a unit or not, is
	 * the same mistake in the field, so that nobody learns which codes exist outside
	 * their scope.
	 */
	private OrgUnitView grantingUnit(OrgUnitView receiving, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<OrgUnitView> from = this.orgUnits.findByCode(code.strip());
		if (from.isEmpty() || from.get().id() == receiving.id() || !from.get().contains(receiving)) {
			throw new RuleViolationException("from", "assignment.fromNotAbove", receiving.name());
		}
		return from.get();
	}

	/**
	 * A program takes capital only for the years it runs, and not once it is archived.
	 */
	private static void requireRunning(ProgramView program, int planYear) {
		boolean started = program.startYear() == null || program.startYear() <= planYear;
		boolean ended = program.endYear() != null && program.endYear() < planYear;
		if (program.archived() || !started || ended) {
			throw new RuleViolationException("program", "assignment.programNotRunning", program.code(), planYear);
		}
	}

	/**
	 * Every rule a new assignment breaks before it is saved, all of them: the codes of
	 * what is assigned (a unit, a program running in the plan year, a capital type, years
	 * in range, the origin year not after the plan year) and its decision. A part the
	 * form could not read ({@code null}) is not checked again beyond being required.
	 */
	public RuleViolations violations(AppUserPrincipal user, AssignmentCommand command) {
		RuleViolations found = new RuleViolations();
		found.check(() -> requireCode("orgUnit", command.orgUnit()));
		found.check(() -> requireCode("program", command.program()));
		if (command.capitalType() == null) {
			found.add(new RuleViolationException("capitalType", "planLine.capitalTypeRequired"));
		}
		Integer planYear = command.planYear();
		if (planYear == null) {
			found.add(new RuleViolationException("planYear", "field.required"));
		}
		else {
			found.check(() -> requireYear("planYear", planYear));
		}
		if (command.originYear() != null) {
			found.check(() -> requireYear("originYear", command.originYear()));
		}
		boolean yearsRead = planYear != null && !found.names("planYear") && !found.names("originYear");
		if (yearsRead && command.originYearOrDefault() > planYear) {
			found.add(new RuleViolationException("originYear", "planLine.originAfterPlanYear"));
		}
		if (yearsRead && !found.names("program")) {
			this.programs.findByCode(command.program().strip())
				.filter(program -> user.scope().covers(program.id()))
				.ifPresent(program -> found.check(() -> requireRunning(program, planYear)));
		}
		decisionViolations(command.decision(), yearsRead ? planYear : null).all().forEach(found::add);
		return found;
	}

	/**
	 * Every rule a decision breaks: it has a number, a date from the year before the plan
	 * year (capital is assigned in December for the next year) to the year after it
	 * (adjustments up to the plan year's deadline), and an amount in whole đồng that is
	 * not zero. The date's years are not checked without a plan year.
	 */
	public RuleViolations decisionViolations(AssignmentDecision decision, Integer planYear) {
		RuleViolations found = new RuleViolations();
		DecisionRules.numberProblem(decision.decisionNumber()).ifPresent(problem -> found.add(problem.toException()));
		if (decision.decisionDate() == null) {
			found.add(new RuleViolationException("decisionDate", "field.required"));
		}
		else if (planYear != null) {
			int year = decision.decisionDate().getYear();
			if (year < planYear - 1 || year > planYear + 1) {
				found.add(new RuleViolationException("decisionDate", "assignment.dateOutsideYears", planYear,
						planYear - 1, planYear + 1));
			}
		}
		found.check(() -> DecisionRules.requireWholeDong(decision.amountVnd()));
		if (!found.names("amountVnd") && decision.amountVnd().signum() == 0) {
			found.add(new RuleViolationException("amountVnd", "assignment.zeroAmount"));
		}
		found.check(() -> DecisionRules.requireNote(decision.note()));
		return found;
	}

	private static void requireCode(String field, String code) {
		if (code == null || code.isBlank()) {
			throw new RuleViolationException(field, "field.required");
		}
	}

	private static void requireYear(String field, int year) {
		if (year < Quarter.FIRST_YEAR || year > Quarter.LAST_YEAR) {
			throw new RuleViolationException(field, "field.year");
		}
	}

	private static void requireVersion(Assignment assignment, long expectedVersion, long id) {
		if (assignment.getVersion() != expectedVersion) {
			throw new ConflictException("assignment", id);
		}
	}

	private static AuditedChange audited(AppUserPrincipal user, AuditAction action, Assignment assignment,
			Map<String, Object> before, Map<String, Object> after, String note) {
		return new AuditedChange(user.username(), action, AuditSubject.ASSIGNMENT, assignment.getId(), null,
				assignment.getOrgUnitId(), assignment.getPlanYear(),
				Quarter.firstCounting(assignment.getPlanYear(), assignment.getDecisionDate()).quarter(), before, after,
				note);
	}

	/**
	 * The fields the history keeps: what was assigned to whom by whom, and the decision.
	 */
	static Map<String, Object> describe(AssignmentView assignment) {
		return AuditedChange.fields("orgUnit", assignment.orgUnitCode(), "fromUnit", assignment.fromCode(), "program",
				assignment.programCode(), "capitalType", assignment.capitalType(), "fundingSource",
				assignment.fundingSource(), "planYear", assignment.planYear(), "originYear", assignment.originYear(),
				"decisionNumber", assignment.decisionNumber(), "decisionDate", assignment.decisionDate(), "amountVnd",
				assignment.amountVnd());
	}

	private static UnitChoice choice(OrgUnitView unit) {
		return new UnitChoice(unit.code(), unit.name(), unit.depth(), !unit.closed());
	}

}
