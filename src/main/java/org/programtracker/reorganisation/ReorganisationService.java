package org.programtracker.reorganisation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.programtracker.allocation.LineParts;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.allocation.PlanLineService;
import org.programtracker.directive.DirectiveService;
import org.programtracker.disbursement.SubmissionService;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitHistory;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.PeriodService;
import org.programtracker.period.Quarter;
import org.programtracker.program.ProgramComponentView;
import org.programtracker.program.ProgramService;
import org.programtracker.reorganisation.ReorganisationPreview.Choice;
import org.programtracker.reorganisation.ReorganisationPreview.LinePass;
import org.programtracker.reorganisation.ReorganisationPreview.UnitMove;
import org.programtracker.reorganisation.ReorganisationPreview.UserScope;
import org.programtracker.reorganisation.internal.ReorganisationRecord;
import org.programtracker.reorganisation.internal.ReorganisationRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.security.UserAdministration;
import org.programtracker.security.UserRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves, merges, splits and closes org units from an effective date, administrators only.
 * The same checks serve the preview and the change: a preview that passes lists what will
 * move, and confirming it does exactly that in one transaction, audited. Reports for
 * periods that ended before the date keep the tree and the holders of the lines as they
 * were; from the date on, a successor's figures include its predecessors' whole history,
 * and no total above them changes.
 */
@Service
@Transactional(readOnly = true)
public class ReorganisationService {

	private static final int MAX_DECISION_NUMBER = 80;

	private final OrgUnitService units;

	private final OrgUnitHistory tree;

	private final PlanLineService planLines;

	private final UserAdministration users;

	private final DirectiveService directives;

	private final PeriodService periods;

	private final SubmissionService submissions;

	private final ReorganisationRepository register;

	private final ProgramService programs;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReorganisationService(OrgUnitService units, OrgUnitHistory tree, PlanLineService planLines,
			UserAdministration users, DirectiveService directives, PeriodService periods, SubmissionService submissions,
			ReorganisationRepository register, ProgramService programs, ApplicationEventPublisher events, Clock clock) {
		this.programs = programs;
		this.units = units;
		this.tree = tree;
		this.planLines = planLines;
		this.users = users;
		this.directives = directives;
		this.periods = periods;
		this.submissions = submissions;
		this.register = register;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * What the reorganisation would move, once every check passes.
	 * @throws RuleViolationException naming the field at fault
	 * @throws StateConflictException when the records refuse it (a later change, a closed
	 * quarter, units or lines not passed on)
	 */
	public ReorganisationPreview preview(AppUserPrincipal user, ReorganisationRequest request) {
		Permissions.requireAdmin(user);
		Checked checked = check(request);
		OrgUnit unit = checked.unit();
		OrgUnit target = checked.target();
		List<UnitMove> moves = new ArrayList<>();
		List<String> gaining = List.of();
		List<String> losing = List.of();
		if (request.kind() == ReorganisationKind.MOVE) {
			moves.add(new UnitMove(unit.getCode(), unit.getName(), unit.getParent().getName(), target.getName()));
			gaining = usersAbove(target, unit);
			losing = usersAbove(unit.getParent(), target);
		}
		else {
			OrgUnit heir = heirOf(checked);
			for (OrgUnit child : openChildren(unit, request.effectiveDate())) {
				moves.add(new UnitMove(child.getCode(), child.getName(), unit.getName(), heir.getName()));
			}
		}
		List<LinePass> lines = new ArrayList<>();
		if (request.kind() == ReorganisationKind.MERGE || request.kind() == ReorganisationKind.SPLIT) {
			List<PlanLineView> held = this.planLines.linesHeldBy(unit)
				.stream()
				.sorted(java.util.Comparator.comparingInt(PlanLineView::planYear).reversed())
				.toList();
			LineParts parts = this.planLines.partsOf(held);
			for (PlanLineView line : held) {
				OrgUnit to = (request.kind() == ReorganisationKind.MERGE) ? target
						: checked.lineTargets().get(line.id());
				ProgramComponentView component = parts.componentOf(line);
				lines.add(new LinePass(line.id(), parts.programOf(line).code(),
						(component == null) ? null : component.code(), (component == null) ? null : component.name(),
						line.capitalType(), line.fundingSource(), line.planYear(), line.originYear(),
						(to == null) ? null : to.getCode(), (to == null) ? null : to.getName(),
						to != null && this.planLines.lineWithKeyOf(line, line.planYear(), to).isPresent()));
			}
		}
		List<UserScope> scopes = new ArrayList<>();
		if (request.kind() != ReorganisationKind.MOVE) {
			OrgUnit heir = heirOf(checked);
			for (UserRow row : this.users.usersOf(unit.getId())) {
				boolean kept = heir == null || request.keptScopeUserIds().contains(row.id());
				scopes.add(new UserScope(row.id(), row.username(), row.displayName(), row.role().name(),
						kept ? null : heir.getCode(), kept ? null : heir.getName(), kept));
			}
		}
		List<String> handedOn = (request.kind() == ReorganisationKind.MOVE || heirOf(checked) == null) ? List.of()
				: this.directives.openDirectivesOf(unit.getId());
		return new ReorganisationPreview(request, unit.getCode(), unit.getName(),
				(target == null) ? null : target.getName(), List.copyOf(moves), List.copyOf(lines), List.copyOf(scopes),
				gaining, losing, handedOn, successorChoices(unit, request.effectiveDate()));
	}

	/**
	 * Carries the reorganisation out, as the preview showed it, in one transaction.
	 */
	@Transactional
	public ReorganisationResult apply(AppUserPrincipal user, ReorganisationRequest request) {
		Permissions.requireAdmin(user);
		Checked checked = check(request);
		OrgUnit unit = checked.unit();
		OrgUnit target = checked.target();
		LocalDate on = request.effectiveDate();
		Map<String, Object> before = describe(unit);
		List<String> moved = new ArrayList<>();
		int linesPassed = 0;
		List<String> rescoped = List.of();
		int directivesPassed = 0;
		List<String> standingAgencyOf = List.of();
		if (request.kind() == ReorganisationKind.MOVE) {
			this.tree.moveOn(unit, target, on).forEach(member -> moved.add(member.getCode()));
		}
		else {
			OrgUnit heir = heirOf(checked);
			for (OrgUnit child : openChildren(unit, on)) {
				this.tree.moveOn(child, heir, on).forEach(member -> moved.add(member.getCode()));
			}
			if (request.kind() == ReorganisationKind.MERGE) {
				linesPassed = this.planLines.passLines(unit, target, on, null).size();
			}
			else if (request.kind() == ReorganisationKind.SPLIT) {
				for (Map.Entry<Long, OrgUnit> pass : checked.lineTargets().entrySet()) {
					linesPassed += this.planLines.passLines(unit, pass.getValue(), on, Set.of(pass.getKey())).size();
				}
			}
			unit.close(on, heir);
			this.units.save(unit);
			if (heir != null) {
				this.tree.keepUnder(unit, heir);
				List<Long> moving = this.users.usersOf(unit.getId())
					.stream()
					.map(UserRow::id)
					.filter(id -> !request.keptScopeUserIds().contains(id))
					.toList();
				rescoped = moving.isEmpty() ? List.of() : this.users.moveScopes(moving, unit.getId(), heir.getId());
				directivesPassed = this.directives.passOpenDirectives(unit.getId(), heir.getId());
				standingAgencyOf = this.programs.passStandingAgency(unit.getId(), heir.getId());
			}
		}
		String decision = blankToNull(request.decisionNumber());
		this.register
			.save(new ReorganisationRecord(request.kind(), unit.getId(), (target == null) ? null : target.getId(), on,
					decision, linesPassed, moved.size(), rescoped.size(), user.username(), Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>(describe(unit));
		after.putAll(AuditedChange.fields("effectiveDate", on, "decisionNumber", decision, "target",
				(target == null) ? null : target.getCode(), "unitsMoved", String.join(", ", moved), "linesPassed",
				linesPassed, "usersRescoped", String.join(", ", rescoped), "directivesPassed", directivesPassed,
				"standingAgencyOf", String.join(", ", standingAgencyOf)));
		this.events.publishEvent(new ReorganisationEvent(unit.getId(),
				new AuditedChange(user.username(), AuditAction.valueOf(request.kind().name()), AuditSubject.ORG_UNIT,
						unit.getId(), null, null, null, null, before, after, decision)));
		return new ReorganisationResult(request.kind(), unit.getCode(), (target == null) ? null : target.getCode(), on,
				decision, List.copyOf(moved), linesPassed, rescoped, directivesPassed);
	}

	/**
	 * The register of reorganisations, the latest effective date first.
	 */
	public List<Entry> register() {
		List<ReorganisationRecord> records = this.register.findAllByOrderByEffectiveDateDescIdDesc();
		Set<Long> ids = new LinkedHashSet<>();
		records.forEach(record -> {
			ids.add(record.getOrgUnitId());
			if (record.getTargetId() != null) {
				ids.add(record.getTargetId());
			}
		});
		Map<Long, OrgUnit> named = ids.isEmpty() ? Map.of() : this.units.unitsByIds(ids);
		return records.stream().map(record -> {
			OrgUnit unit = named.get(record.getOrgUnitId());
			OrgUnit target = (record.getTargetId() == null) ? null : named.get(record.getTargetId());
			return new Entry(record.getKind(), (unit == null) ? null : unit.getCode(),
					(unit == null) ? null : unit.getName(), (target == null) ? null : target.getName(),
					record.getEffectiveDate(), record.getDecisionNumber(), record.getUnitsMoved(),
					record.getLinesPassed(), record.getUsersChanged(), record.getRecordedBy(), record.getRecordedAt());
		}).toList();
	}

	/**
	 * A reorganisation in the register.
	 */
	public record Entry(ReorganisationKind kind, String unitCode, String unitName, String targetName,
			LocalDate effectiveDate, String decisionNumber, int unitsMoved, int linesPassed, int usersChanged,
			String recordedBy, Instant recordedAt) {

	}

	private Checked check(ReorganisationRequest request) {
		if (request.kind() == null) {
			throw new RuleViolationException("kind", "field.required");
		}
		OrgUnit unit = this.units.findByCode(strip(request.unitCode()))
			.orElseThrow(() -> new NotFoundException("orgUnit", request.unitCode()));
		LocalDate on = request.effectiveDate();
		if (on == null) {
			throw new RuleViolationException("effectiveDate", "field.required");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (on.isAfter(today)) {
			throw new RuleViolationException("effectiveDate", "reorganisation.inFuture");
		}
		if (on.getYear() < Quarter.FIRST_YEAR) {
			throw new RuleViolationException("effectiveDate", "field.year");
		}
		String decision = blankToNull(request.decisionNumber());
		boolean decisionNeeded = request.kind() == ReorganisationKind.MERGE
				|| request.kind() == ReorganisationKind.SPLIT;
		if (decision == null && decisionNeeded) {
			throw new RuleViolationException("decisionNumber", "field.required");
		}
		if (decision != null && (decision.length() > MAX_DECISION_NUMBER || decision.indexOf('\0') >= 0)) {
			throw new RuleViolationException("decisionNumber", "field.tooLong", MAX_DECISION_NUMBER);
		}
		if (unit.getParent() == null && request.kind() == ReorganisationKind.MOVE) {
			throw new RuleViolationException("orgUnit", "reorganisation.root", unit.getName());
		}
		if (!unit.existsOn(on)) {
			throw new StateConflictException("reorganisation", "reorganisation.unitNotOnDate", unit.getName(), on);
		}
		if (this.tree.changedAfter(unit, on) || this.planLines.linesChangedAfter(unit, on)) {
			throw new StateConflictException("reorganisation", "reorganisation.laterChange", unit.getName(), on);
		}
		OrgUnit target = target(request, unit, on);
		Map<Long, OrgUnit> lineTargets = new LinkedHashMap<>();
		if (request.kind() == ReorganisationKind.SPLIT) {
			for (PlanLineView line : this.planLines.linesHeldBy(unit)) {
				String code = strip(request.lineTargets().get(line.id()));
				if (code.isEmpty()) {
					throw new RuleViolationException("lineTargets[" + line.id() + "]", "reorganisation.lineTarget");
				}
				lineTargets.put(line.id(), successor("lineTargets[" + line.id() + "]", code, unit, on));
			}
		}
		if (request.kind() == ReorganisationKind.CLOSE) {
			List<OrgUnit> children = openChildren(unit, on);
			List<PlanLineView> lines = this.planLines.linesHeldBy(unit);
			if (!children.isEmpty() || !lines.isEmpty()) {
				throw new StateConflictException("reorganisation", "reorganisation.notPassedOn", unit.getName(),
						children.size(), lines.size());
			}
		}
		requireOpenPeriods(unit, on, today);
		if (target != null && request.kind() != ReorganisationKind.MOVE) {
			requireOpenPeriods(target, on, today);
		}
		for (OrgUnit successor : Set.copyOf(lineTargets.values())) {
			requireOpenPeriods(successor, on, today);
		}
		return new Checked(request, unit, target, lineTargets);
	}

	private OrgUnit target(ReorganisationRequest request, OrgUnit unit, LocalDate on) {
		String code = strip(request.targetCode());
		return switch (request.kind()) {
			case MOVE -> {
				if (code.isEmpty()) {
					throw new RuleViolationException("target", "field.required");
				}
				OrgUnit parent = successor("target", code, unit, on);
				if (parent.getId().equals(unit.getParent().getId())) {
					throw new RuleViolationException("target", "reorganisation.sameParent", parent.getName());
				}
				yield parent;
			}
			case MERGE, SPLIT -> {
				if (code.isEmpty()) {
					throw new RuleViolationException("target", "field.required");
				}
				yield successor("target", code, unit, on);
			}
			case CLOSE -> code.isEmpty() ? null : successor("target", code, unit, on);
		};
	}

	/**
	 * A unit that takes something over from {@code unit} on {@code on}: it exists then,
	 * is open, and lies outside the unit's own subtree.
	 */
	private OrgUnit successor(String field, String code, OrgUnit unit, LocalDate on) {
		OrgUnit found = this.units.findByCode(code)
			.orElseThrow(() -> new RuleViolationException(field, "orgUnit.noSuchUnit"));
		if (unit.contains(found)) {
			throw new RuleViolationException(field, "orgUnit.successorInside", unit.getName());
		}
		if (found.isClosed() || !found.existsOn(on)) {
			throw new RuleViolationException(field, "reorganisation.targetNotOnDate", found.getName(), on);
		}
		return found;
	}

	/**
	 * Refuses a change from {@code on} while a quarter it would alter is closed or
	 * approved for the unit: its figures are frozen until reopened.
	 */
	private void requireOpenPeriods(OrgUnit unit, LocalDate on, LocalDate today) {
		Quarter last = Quarter.containing(today);
		for (Quarter quarter = Quarter.containing(on); quarter.year() * 10 + quarter.quarter() <= last.year() * 10
				+ last.quarter(); quarter = quarter.next()) {
			this.periods.requireOpen(quarter, unit);
			this.submissions.requireEditable(unit, quarter, null);
		}
	}

	private OrgUnit heirOf(Checked checked) {
		return (checked.request().kind() == ReorganisationKind.MOVE) ? null : checked.target();
	}

	private List<OrgUnit> openChildren(OrgUnit unit, LocalDate on) {
		return this.units.subtreeOf(unit)
			.stream()
			.filter(member -> member.getParent() != null && member.getParent().getId().equals(unit.getId()))
			.filter(member -> member.existsOn(on))
			.toList();
	}

	/**
	 * The users whose scope (a unit at or above {@code from}) does not already cover
	 * {@code unit}: after a move under {@code from} they see it; after a move away from
	 * it they no longer do.
	 */
	private List<String> usersAbove(OrgUnit from, OrgUnit unit) {
		List<String> found = new ArrayList<>();
		for (OrgUnit above = from; above != null; above = above.getParent()) {
			if (!above.contains(unit)) {
				this.users.usersOf(above.getId())
					.forEach(row -> found.add(row.displayName() + " (" + row.username() + ")"));
			}
		}
		return List.copyOf(found);
	}

	private List<Choice> successorChoices(OrgUnit unit, LocalDate on) {
		return this.units.allUnits()
			.stream()
			.filter(candidate -> !unit.contains(candidate) && !candidate.isClosed() && candidate.existsOn(on))
			.sorted(java.util.Comparator.comparing(OrgUnit::getPath))
			.map(candidate -> new Choice(candidate.getCode(), candidate.getName()))
			.toList();
	}

	private static Map<String, Object> describe(OrgUnit unit) {
		return AuditedChange.fields("code", unit.getCode(), "name", unit.getName(), "parent",
				(unit.getParent() != null) ? unit.getParent().getCode() : null, "validTo", unit.getValidTo(),
				"successor", (unit.getSuccessor() != null) ? unit.getSuccessor().getCode() : null);
	}

	private static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Checked(ReorganisationRequest request, OrgUnit unit, OrgUnit target,
			Map<Long, OrgUnit> lineTargets) {

	}

}
