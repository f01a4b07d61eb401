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
import org.programtracker.orgunit.OrgUnitView;
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
		OrgUnitView unit = checked.unit();
		OrgUnitView target = checked.target();
		List<UnitMove> moves = new ArrayList<>();
		List<String> gaining = List.of();
		List<String> losing = List.of();
		if (request.kind() == ReorganisationKind.MOVE) {
			OrgUnitView parent = this.units.parentOf(unit).orElseThrow();
			moves.add(new UnitMove(unit.code(), unit.name(), parent.name(), target.name()));
			gaining = usersAbove(target, unit);
			losing = usersAbove(parent, target);
		}
		else {
			OrgUnitView heir = heirOf(checked);
			for (OrgUnitView child : openChildren(unit, request.effectiveDate())) {
				moves.add(new UnitMove(child.code(), child.name(), unit.name(), heir.name()));
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
				OrgUnitView to = (request.kind() == ReorganisationKind.MERGE) ? target
						: checked.lineTargets().get(line.id());
				ProgramComponentView component = parts.componentOf(line);
				lines.add(new LinePass(line.id(), parts.programOf(line).code(),
						(component == null) ? null : component.code(), (component == null) ? null : component.name(),
						line.capitalType(), line.fundingSource(), line.planYear(), line.originYear(),
						(to == null) ? null : to.code(), (to == null) ? null : to.name(),
						to != null && this.planLines.lineWithKeyOf(line, line.planYear(), to).isPresent()));
			}
		}
		List<UserScope> scopes = new ArrayList<>();
		if (request.kind() != ReorganisationKind.MOVE) {
			OrgUnitView heir = heirOf(checked);
			for (UserRow row : this.users.usersOf(unit.id())) {
				boolean kept = heir == null || request.keptScopeUserIds().contains(row.id());
				scopes.add(new UserScope(row.id(), row.username(), row.displayName(), row.role().name(),
						kept ? null : heir.code(), kept ? null : heir.name(), kept));
			}
		}
		List<String> handedOn = (request.kind() == ReorganisationKind.MOVE || heirOf(checked) == null) ? List.of()
				: this.directives.openDirectivesOf(unit.id());
		return new ReorganisationPreview(request, unit.code(), unit.name(), (target == null) ? null : target.name(),
				List.copyOf(moves), List.copyOf(lines), List.copyOf(scopes), gaining, losing, handedOn,
				successorChoices(unit, request.effectiveDate()));
	}

	/**
	 * Carries the reorganisation out, as the preview showed it, in one transaction.
	 */
	@Transactional
	public ReorganisationResult apply(AppUserPrincipal user, ReorganisationRequest request) {
		Permissions.requireAdmin(user);
		Checked checked = check(request);
		OrgUnitView unit = checked.unit();
		OrgUnitView target = checked.target();
		LocalDate on = request.effectiveDate();
		Map<String, Object> before = describe(unit);
		List<String> moved = new ArrayList<>();
		int linesPassed = 0;
		List<String> rescoped = List.of();
		int directivesPassed = 0;
		List<String> standingAgencyOf = List.of();
		if (request.kind() == ReorganisationKind.MOVE) {
			this.tree.moveOn(unit, target, on).forEach(member -> moved.add(member.code()));
		}
		else {
			OrgUnitView heir = heirOf(checked);
			for (OrgUnitView child : openChildren(unit, on)) {
				this.tree.moveOn(child, heir, on).forEach(member -> moved.add(member.code()));
			}
			if (request.kind() == ReorganisationKind.MERGE) {
				linesPassed = this.planLines.passLines(unit, target, on, null).size();
			}
			else if (request.kind() == ReorganisationKind.SPLIT) {
				for (Map.Entry<Long, OrgUnitView> pass : checked.lineTargets().entrySet()) {
					linesPassed += this.planLines.passLines(unit, pass.getValue(), on, Set.of(pass.getKey())).size();
				}
			}
			OrgUnitView closed = this.units.close(unit.id(), on, (heir == null) ? null : heir.id());
			if (heir != null) {
				this.tree.keepUnder(closed, heir);
				List<Long> moving = this.users.usersOf(unit.id())
					.stream()
					.map(UserRow::id)
					.filter(id -> !request.keptScopeUserIds().contains(id))
					.toList();
				rescoped = moving.isEmpty() ? List.of() : this.users.moveScopes(moving, unit.id(), heir.id());
				directivesPassed = this.directives.passOpenDirectives(unit.id(), heir.id());
				standingAgencyOf = this.programs.passStandingAgency(unit.id(), heir.id());
			}
		}
		String decision = blankToNull(request.decisionNumber());
		this.register.save(new ReorganisationRecord(request.kind(), unit.id(), (target == null) ? null : target.id(),
				on, decision, linesPassed, moved.size(), rescoped.size(), user.username(), Instant.now(this.clock)));
		Map<String, Object> after = new LinkedHashMap<>(describe(this.units.findById(unit.id()).orElseThrow()));
		after.putAll(AuditedChange.fields("effectiveDate", on, "decisionNumber", decision, "target",
				(target == null) ? null : target.code(), "unitsMoved", String.join(", ", moved), "linesPassed",
				linesPassed, "usersRescoped", String.join(", ", rescoped), "directivesPassed", directivesPassed,
				"standingAgencyOf", String.join(", ", standingAgencyOf)));
		this.events.publishEvent(new ReorganisationEvent(unit.id(),
				new AuditedChange(user.username(), AuditAction.valueOf(request.kind().name()), AuditSubject.ORG_UNIT,
						unit.id(), null, null, null, null, before, after, decision)));
		return new ReorganisationResult(request.kind(), unit.code(), (target == null) ? null : target.code(), on,
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
		Map<Long, OrgUnitView> named = ids.isEmpty() ? Map.of() : this.units.unitsByIds(ids);
		return records.stream().map(record -> {
			OrgUnitView unit = named.get(record.getOrgUnitId());
			OrgUnitView target = (record.getTargetId() == null) ? null : named.get(record.getTargetId());
			return new Entry(record.getKind(), (unit == null) ? null : unit.code(), (unit == null) ? null : unit.name(),
					(target == null) ? null : target.name(), record.getEffectiveDate(), record.getDecisionNumber(),
					record.getUnitsMoved(), record.getLinesPassed(), record.getUsersChanged(), record.getRecordedBy(),
					record.getRecordedAt());
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
		OrgUnitView unit = this.units.findByCode(strip(request.unitCode()))
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
		if (unit.root() && request.kind() == ReorganisationKind.MOVE) {
			throw new RuleViolationException("orgUnit", "reorganisation.root", unit.name());
		}
		if (!unit.existsOn(on)) {
			throw new StateConflictException("reorganisation", "reorganisation.unitNotOnDate", unit.name(), on);
		}
		if (this.tree.changedAfter(unit, on) || this.planLines.linesChangedAfter(unit, on)) {
			throw new StateConflictException("reorganisation", "reorganisation.laterChange", unit.name(), on);
		}
		OrgUnitView target = target(request, unit, on);
		Map<Long, OrgUnitView> lineTargets = new LinkedHashMap<>();
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
			List<OrgUnitView> children = openChildren(unit, on);
			List<PlanLineView> lines = this.planLines.linesHeldBy(unit);
			if (!children.isEmpty() || !lines.isEmpty()) {
				throw new StateConflictException("reorganisation", "reorganisation.notPassedOn", unit.name(),
						children.size(), lines.size());
			}
		}
		requireOpenPeriods(unit, on, today);
		if (target != null && request.kind() != ReorganisationKind.MOVE) {
			requireOpenPeriods(target, on, today);
		}
		for (OrgUnitView successor : Set.copyOf(lineTargets.values())) {
			requireOpenPeriods(successor, on, today);
		}
		return new Checked(request, unit, target, lineTargets);
	}

	private OrgUnitView target(ReorganisationRequest request, OrgUnitView unit, LocalDate on) {
		String code = strip(request.targetCode());
		return switch (request.kind()) {
			case MOVE -> {
				if (code.isEmpty()) {
					throw new RuleViolationException("target", "field.required");
				}
				OrgUnitView parent = successor("target", code, unit, on);
				if (Long.valueOf(parent.id()).equals(unit.parentId())) {
					throw new RuleViolationException("target", "reorganisation.sameParent", parent.name());
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
	private OrgUnitView successor(String field, String code, OrgUnitView unit, LocalDate on) {
		OrgUnitView found = this.units.findByCode(code)
			.orElseThrow(() -> new RuleViolationException(field, "orgUnit.noSuchUnit"));
		if (unit.contains(found)) {
			throw new RuleViolationException(field, "orgUnit.successorInside", unit.name());
		}
		if (found.closed() || !found.existsOn(on)) {
			throw new RuleViolationException(field, "reorganisation.targetNotOnDate", found.name(), on);
		}
		return found;
	}

	/**
	 * Refuses a change from {@code on} while a quarter it would alter is closed or
	 * approved for the unit: its figures are frozen until reopened.
	 */
	private void requireOpenPeriods(OrgUnitView unit, LocalDate on, LocalDate today) {
		Quarter last = Quarter.containing(today);
		for (Quarter quarter = Quarter.containing(on); quarter.year() * 10 + quarter.quarter() <= last.year() * 10
				+ last.quarter(); quarter = quarter.next()) {
			this.periods.requireOpen(quarter, unit);
			this.submissions.requireEditable(unit, quarter, null);
		}
	}

	private OrgUnitView heirOf(Checked checked) {
		return (checked.request().kind() == ReorganisationKind.MOVE) ? null : checked.target();
	}

	private List<OrgUnitView> openChildren(OrgUnitView unit, LocalDate on) {
		return this.units.subtreeOf(unit)
			.stream()
			.filter(member -> Long.valueOf(unit.id()).equals(member.parentId()))
			.filter(member -> member.existsOn(on))
			.toList();
	}

	/**
	 * The users whose scope (a unit at or above {@code from}) does not already cover
	 * {@code unit}: after a move under {@code from} they see it; after a move away from
	 * it they no longer do.
	 */
	private List<String> usersAbove(OrgUnitView from, OrgUnitView unit) {
		List<String> found = new ArrayList<>();
		for (OrgUnitView above : this.units.withAncestors(from)) {
			if (!above.contains(unit)) {
				this.users.usersOf(above.id())
					.forEach(row -> found.add(row.displayName() + " (" + row.username() + ")"));
			}
		}
		return List.copyOf(found);
	}

	private List<Choice> successorChoices(OrgUnitView unit, LocalDate on) {
		return this.units.allUnits()
			.stream()
			.filter(candidate -> !unit.contains(candidate) && !candidate.closed() && candidate.existsOn(on))
			.sorted(java.util.Comparator.comparing(OrgUnitView::path))
			.map(candidate -> new Choice(candidate.code(), candidate.name()))
			.toList();
	}

	private static Map<String, Object> describe(OrgUnitView unit) {
		return AuditedChange.fields("code", unit.code(), "name", unit.name(), "parent", unit.parentCode(), "validTo",
				unit.validTo(), "successor", unit.successorCode());
	}

	private static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private record Checked(ReorganisationRequest request, OrgUnitView unit, OrgUnitView target,
			Map<Long, OrgUnitView> lineTargets) {

	}

}
