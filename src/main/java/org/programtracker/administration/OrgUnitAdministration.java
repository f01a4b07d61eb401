package org.programtracker.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.programtracker.administration.OrgUnitEvent.OrgUnitChanged;
import org.programtracker.administration.OrgUnitEvent.OrgUnitClosed;
import org.programtracker.administration.OrgUnitEvent.OrgUnitCreated;
import org.programtracker.administration.OrgUnitEvent.OrgUnitDeleted;
import org.programtracker.administration.OrgUnitEvent.OrgUnitReopened;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.AuditAction;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.kernel.AuditedChange;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.kernel.References.Reference;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the org-unit tree: administrators only. Every change publishes an
 * {@link OrgUnitEvent}, audited in the transaction of the change; a move rewrites the
 * paths of the whole subtree at once, since every user's scope is a path prefix.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitAdministration {

	private static final int MAX_NAME = 200;

	private static final int MAX_SORT_ORDER = 9999;

	private final OrgUnitService units;

	private final Dependencies dependencies;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	OrgUnitAdministration(OrgUnitService units, Dependencies dependencies, ApplicationEventPublisher events,
			Clock clock) {
		this.units = units;
		this.dependencies = dependencies;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Every unit, each under its parent, siblings by their sort order and then by name.
	 */
	public List<OrgUnitRow> tree() {
		Map<Long, List<OrgUnitView>> children = new LinkedHashMap<>();
		List<OrgUnitView> all = this.units.allUnits();
		Map<Long, OrgUnitView> byId = new HashMap<>();
		all.forEach(unit -> byId.put(unit.id(), unit));
		Comparator<OrgUnitView> siblings = Comparator.comparingInt(OrgUnitView::sortOrder)
			.thenComparing(OrgUnitView::name);
		all.stream()
			.sorted(siblings)
			.forEach(unit -> children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit));
		List<OrgUnitView> ordered = new ArrayList<>(all.size());
		addWithDescendants(children.getOrDefault(null, List.of()), children, ordered);
		return ordered.stream().map(unit -> OrgUnitRow.of(unit, byId.get(unit.parentId()))).toList();
	}

	public OrgUnitRow view(String code) {
		OrgUnitView unit = get(code);
		return OrgUnitRow.of(unit, this.units.parentOf(unit).orElse(null));
	}

	private static void addWithDescendants(List<OrgUnitView> level, Map<Long, List<OrgUnitView>> children,
			List<OrgUnitView> ordered) {
		for (OrgUnitView unit : level) {
			ordered.add(unit);
			addWithDescendants(children.getOrDefault(unit.id(), List.of()), children, ordered);
		}
	}

	public OrgUnitView get(String code) {
		return this.units.findByCode((code == null) ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("orgUnit", code));
	}

	@Transactional
	public OrgUnitView create(AppUserPrincipal user, String code, String name, OrgUnitKind kind, String parentCode) {
		return create(user, code, name, kind, parentCode, null);
	}

	/**
	 * Creates a unit that exists from {@code validFrom} on (a commune created by a
	 * merger), or always when it is {@code null}: a report for a period that ended before
	 * it does not find it. Every unit has a parent but the first one of a new
	 * installation, whose tree is empty: that one is the root.
	 */
	@Transactional
	public OrgUnitView create(AppUserPrincipal user, String code, String name, OrgUnitKind kind, String parentCode,
			LocalDate validFrom) {
		Permissions.requireAdmin(user);
		if (validFrom != null
				&& (validFrom.getYear() < Quarter.FIRST_YEAR || validFrom.getYear() > Quarter.LAST_YEAR)) {
			throw new RuleViolationException("validFrom", "field.year");
		}
		String checkedCode = Validation.code(code);
		String checkedName = Validation.name("name", name, MAX_NAME);
		boolean firstUnit = (parentCode == null || parentCode.isBlank()) && this.units.count() == 0;
		OrgUnitView parent = firstUnit ? null : openParent(parentCode);
		if (this.units.findByCode(checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		OrgUnitView unit = this.units.create(checkedCode, checkedName, kind, (parent == null) ? null : parent.id(),
				validFrom, 0);
		this.events
			.publishEvent(new OrgUnitCreated(unit.id(), audited(user, AuditAction.CREATE, unit, null, describe(unit))));
		return unit;
	}

	/**
	 * Renames the unit, changes its kind and sort order, and moves it (with everything
	 * below it) under another parent. A root stays the root.
	 */
	@Transactional
	public OrgUnitView change(AppUserPrincipal user, String code, long expectedVersion, OrgUnitChange change) {
		Permissions.requireAdmin(user);
		OrgUnitView unit = get(code);
		requireVersion(unit, expectedVersion);
		String checkedName = Validation.name("name", change.name(), MAX_NAME);
		if (change.sortOrder() == null) {
			throw new RuleViolationException("sortOrder", "field.required");
		}
		if (change.sortOrder() < 0 || change.sortOrder() > MAX_SORT_ORDER) {
			throw new RuleViolationException("sortOrder", "orgUnit.sortOrderRange", MAX_SORT_ORDER);
		}
		Map<String, Object> before = describe(unit);
		if (!unit.root() && !unit.parentCode().equals(strip(change.parent()))) {
			OrgUnitView parent = openParent(change.parent());
			if (unit.contains(parent)) {
				throw new RuleViolationException("parent", "orgUnit.moveInside", unit.name());
			}
			this.units.moveWithSubtree(unit.id(), parent.id());
		}
		OrgUnitView saved = this.units.change(unit.id(), checkedName, change.kind(), change.sortOrder());
		Map<String, Object> after = describe(saved);
		if (!after.equals(before)) {
			this.events
				.publishEvent(new OrgUnitChanged(saved.id(), audited(user, AuditAction.CHANGE, saved, before, after)));
		}
		return saved;
	}

	/**
	 * Closes the unit on a date, its work taken over by a successor (communes merged).
	 * Its figures stay readable; it takes no new ones.
	 */
	@Transactional
	public OrgUnitView close(AppUserPrincipal user, String code, long expectedVersion, LocalDate closedOn,
			String successorCode) {
		Permissions.requireAdmin(user);
		OrgUnitView unit = get(code);
		requireVersion(unit, expectedVersion);
		if (unit.closed()) {
			throw new RuleViolationException(null, "orgUnit.alreadyClosed", unit.name());
		}
		if (closedOn == null) {
			throw new RuleViolationException("closedOn", "field.required");
		}
		if (closedOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("closedOn", "orgUnit.closeInFuture");
		}
		if (unit.validFrom() != null && closedOn.isBefore(unit.validFrom())) {
			throw new RuleViolationException("closedOn", "orgUnit.closeBeforeOpen");
		}
		if (successorCode == null || successorCode.isBlank()) {
			throw new RuleViolationException("successor", "field.required");
		}
		OrgUnitView successor = this.units.findByCode(successorCode.strip())
			.orElseThrow(() -> new RuleViolationException("successor", "orgUnit.noSuchUnit"));
		if (unit.contains(successor)) {
			throw new RuleViolationException("successor", "orgUnit.successorInside", unit.name());
		}
		if (successor.closed()) {
			throw new RuleViolationException("successor", "orgUnit.successorClosed", successor.name());
		}
		List<String> openChildren = this.units.subtreeOf(unit)
			.stream()
			.filter(child -> Long.valueOf(unit.id()).equals(child.parentId()))
			.filter(child -> !child.closed())
			.map(OrgUnitView::name)
			.toList();
		if (!openChildren.isEmpty()) {
			throw new RuleViolationException(null, "orgUnit.openChildren", openChildren.size(),
					Reference.firstNames(openChildren));
		}
		Map<String, Object> before = describe(unit);
		OrgUnitView saved = this.units.close(unit.id(), closedOn, successor.id());
		this.events.publishEvent(
				new OrgUnitClosed(saved.id(), audited(user, AuditAction.CLOSE, saved, before, describe(saved))));
		return saved;
	}

	/**
	 * Reopens a closed unit: it takes figures again and has no successor.
	 */
	@Transactional
	public OrgUnitView reopen(AppUserPrincipal user, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		OrgUnitView unit = get(code);
		requireVersion(unit, expectedVersion);
		if (!unit.closed()) {
			throw new RuleViolationException(null, "orgUnit.notClosed", unit.name());
		}
		OrgUnitView parent = this.units.parentOf(unit).orElse(null);
		if (parent != null && parent.closed()) {
			throw new RuleViolationException(null, "orgUnit.parentClosed", parent.name());
		}
		Map<String, Object> before = describe(unit);
		OrgUnitView saved = this.units.reopen(unit.id());
		this.events.publishEvent(
				new OrgUnitReopened(saved.id(), audited(user, AuditAction.REOPEN, saved, before, describe(saved))));
		return saved;
	}

	/**
	 * What keeps the unit from being deleted, each kind counted and named: nothing when
	 * it may go.
	 */
	public List<OrgUnitDependency> dependenciesOf(String code) {
		return this.dependencies.of(get(code).id());
	}

	/**
	 * Deletes a unit nothing depends on.
	 * @throws OrgUnitInUseException naming what depends on it, when anything does
	 */
	@Transactional
	public void delete(AppUserPrincipal user, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		OrgUnitView unit = get(code);
		requireVersion(unit, expectedVersion);
		List<OrgUnitDependency> found = this.dependencies.of(unit.id());
		if (!found.isEmpty()) {
			throw new OrgUnitInUseException(found);
		}
		this.events
			.publishEvent(new OrgUnitDeleted(unit.id(), audited(user, AuditAction.DELETE, unit, describe(unit), null)));
		this.units.delete(unit.id());
	}

	private OrgUnitView openParent(String parentCode) {
		if (parentCode == null || parentCode.isBlank()) {
			throw new RuleViolationException("parent", "field.required");
		}
		OrgUnitView parent = this.units.findByCode(parentCode.strip())
			.orElseThrow(() -> new NotFoundException("parent", parentCode));
		if (parent.closed()) {
			throw new RuleViolationException("parent", "orgUnit.parentClosed", parent.name());
		}
		return parent;
	}

	private static void requireVersion(OrgUnitView unit, long expectedVersion) {
		if (unit.version() != expectedVersion) {
			throw new ConflictException("orgUnit", unit.code());
		}
	}

	/**
	 * The audit row names the unit by its id (subject) only: a unit's own history must
	 * neither keep it from being deleted nor vanish with it.
	 */
	private static AuditedChange audited(AppUserPrincipal user, AuditAction action, OrgUnitView unit,
			Map<String, Object> before, Map<String, Object> after) {
		return new AuditedChange(user.username(), action, AuditSubject.ORG_UNIT, unit.id(), null, null, null, null,
				before, after, null);
	}

	static Map<String, Object> describe(OrgUnitView unit) {
		return AuditedChange.fields("code", unit.code(), "name", unit.name(), "kind", unit.kind(), "parent",
				unit.parentCode(), "sortOrder", unit.sortOrder(), "validFrom", unit.validFrom(), "validTo",
				unit.validTo(), "successor", unit.successorCode());
	}

	private static String strip(String text) {
		return (text == null) ? "" : text.strip();
	}

	/**
	 * What the edit form changes.
	 */
	public record OrgUnitChange(String name, OrgUnitKind kind, String parent, Integer sortOrder) {

	}

}
