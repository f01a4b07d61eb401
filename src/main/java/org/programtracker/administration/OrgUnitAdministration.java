package org.programtracker.administration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.programtracker.administration.OrgUnitEvent.OrgUnitChanged;
import org.programtracker.administration.OrgUnitEvent.OrgUnitClosed;
import org.programtracker.administration.OrgUnitEvent.OrgUnitCreated;
import org.programtracker.administration.OrgUnitEvent.OrgUnitDeleted;
import org.programtracker.administration.OrgUnitEvent.OrgUnitReopened;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitService;
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
	public List<OrgUnitView> tree() {
		Map<Long, List<OrgUnit>> children = new LinkedHashMap<>();
		List<OrgUnit> all = this.units.allUnits();
		Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::getSortOrder).thenComparing(OrgUnit::getName);
		all.stream()
			.sorted(siblings)
			.forEach(unit -> children
				.computeIfAbsent((unit.getParent() != null) ? unit.getParent().getId() : null, id -> new ArrayList<>())
				.add(unit));
		List<OrgUnit> ordered = new ArrayList<>(all.size());
		addWithDescendants(children.getOrDefault(null, List.of()), children, ordered);
		return ordered.stream().map(OrgUnitView::of).toList();
	}

	public OrgUnitView view(String code) {
		return OrgUnitView.of(get(code));
	}

	private static void addWithDescendants(List<OrgUnit> level, Map<Long, List<OrgUnit>> children,
			List<OrgUnit> ordered) {
		for (OrgUnit unit : level) {
			ordered.add(unit);
			addWithDescendants(children.getOrDefault(unit.getId(), List.of()), children, ordered);
		}
	}

	public OrgUnit get(String code) {
		return this.units.findByCode((code == null) ? "" : code.strip())
			.orElseThrow(() -> new NotFoundException("orgUnit", code));
	}

	@Transactional
	public OrgUnit create(AppUserPrincipal user, String code, String name, OrgUnitKind kind, String parentCode) {
		return create(user, code, name, kind, parentCode, null);
	}

	/**
	 * Creates a unit that exists from {@code validFrom} on (a commune created by a
	 * merger), or always when it is {@code null}: a report for a period that ended before
	 * it does not find it. Every unit has a parent but the first one of a new
	 * installation, whose tree is empty: that one is the root.
	 */
	@Transactional
	public OrgUnit create(AppUserPrincipal user, String code, String name, OrgUnitKind kind, String parentCode,
			LocalDate validFrom) {
		Permissions.requireAdmin(user);
		if (validFrom != null
				&& (validFrom.getYear() < Quarter.FIRST_YEAR || validFrom.getYear() > Quarter.LAST_YEAR)) {
			throw new RuleViolationException("validFrom", "field.year");
		}
		String checkedCode = Validation.code(code);
		String checkedName = Validation.name("name", name, MAX_NAME);
		boolean firstUnit = (parentCode == null || parentCode.isBlank()) && this.units.count() == 0;
		OrgUnit parent = firstUnit ? null : openParent(parentCode);
		if (this.units.findByCode(checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		OrgUnit created = new OrgUnit(checkedCode, checkedName, kind, parent);
		created.openFrom(validFrom);
		OrgUnit unit = this.units.save(created);
		this.events.publishEvent(
				new OrgUnitCreated(unit.getId(), audited(user, AuditAction.CREATE, unit, null, describe(unit))));
		return unit;
	}

	/**
	 * Renames the unit, changes its kind and sort order, and moves it (with everything
	 * below it) under another parent. A root stays the root.
	 */
	@Transactional
	public OrgUnit change(AppUserPrincipal user, String code, long expectedVersion, OrgUnitChange change) {
		Permissions.requireAdmin(user);
		OrgUnit unit = get(code);
		requireVersion(unit, expectedVersion);
		String checkedName = Validation.name("name", change.name(), MAX_NAME);
		if (change.sortOrder() == null) {
			throw new RuleViolationException("sortOrder", "field.required");
		}
		if (change.sortOrder() < 0 || change.sortOrder() > MAX_SORT_ORDER) {
			throw new RuleViolationException("sortOrder", "orgUnit.sortOrderRange", MAX_SORT_ORDER);
		}
		Map<String, Object> before = describe(unit);
		if (unit.getParent() != null && !unit.getParent().getCode().equals(strip(change.parent()))) {
			OrgUnit parent = openParent(change.parent());
			if (unit.contains(parent)) {
				throw new RuleViolationException("parent", "orgUnit.moveInside", unit.getName());
			}
			moveWithSubtree(unit, parent);
		}
		unit.rename(checkedName);
		unit.changeKind(change.kind());
		unit.setSortOrder(change.sortOrder());
		OrgUnit saved = this.units.save(unit);
		Map<String, Object> after = describe(saved);
		if (!after.equals(before)) {
			this.events.publishEvent(
					new OrgUnitChanged(saved.getId(), audited(user, AuditAction.CHANGE, saved, before, after)));
		}
		return saved;
	}

	private void moveWithSubtree(OrgUnit unit, OrgUnit parent) {
		String oldPrefix = unit.getPath();
		List<OrgUnit> below = this.units.subtreeOf(unit)
			.stream()
			.filter(descendant -> !descendant.getId().equals(unit.getId()))
			.toList();
		unit.moveUnder(parent);
		below.forEach(descendant -> descendant.rebase(oldPrefix, unit.getPath()));
	}

	/**
	 * Closes the unit on a date, its work taken over by a successor (communes merged).
	 * Its figures stay readable; it takes no new ones.
	 */
	@Transactional
	public OrgUnit close(AppUserPrincipal user, String code, long expectedVersion, LocalDate closedOn,
			String successorCode) {
		Permissions.requireAdmin(user);
		OrgUnit unit = get(code);
		requireVersion(unit, expectedVersion);
		if (unit.isClosed()) {
			throw new RuleViolationException(null, "orgUnit.alreadyClosed", unit.getName());
		}
		if (closedOn == null) {
			throw new RuleViolationException("closedOn", "field.required");
		}
		if (closedOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException("closedOn", "orgUnit.closeInFuture");
		}
		if (unit.getValidFrom() != null && closedOn.isBefore(unit.getValidFrom())) {
			throw new RuleViolationException("closedOn", "orgUnit.closeBeforeOpen");
		}
		if (successorCode == null || successorCode.isBlank()) {
			throw new RuleViolationException("successor", "field.required");
		}
		OrgUnit successor = this.units.findByCode(successorCode.strip())
			.orElseThrow(() -> new RuleViolationException("successor", "orgUnit.noSuchUnit"));
		if (unit.contains(successor)) {
			throw new RuleViolationException("successor", "orgUnit.successorInside", unit.getName());
		}
		if (successor.isClosed()) {
			throw new RuleViolationException("successor", "orgUnit.successorClosed", successor.getName());
		}
		List<String> openChildren = this.units.subtreeOf(unit)
			.stream()
			.filter(child -> child.getParent() != null && child.getParent().getId().equals(unit.getId()))
			.filter(child -> !child.isClosed())
			.map(OrgUnit::getName)
			.toList();
		if (!openChildren.isEmpty()) {
			throw new RuleViolationException(null, "orgUnit.openChildren", openChildren.size(),
					Reference.firstNames(openChildren));
		}
		Map<String, Object> before = describe(unit);
		unit.close(closedOn, successor);
		OrgUnit saved = this.units.save(unit);
		this.events.publishEvent(
				new OrgUnitClosed(saved.getId(), audited(user, AuditAction.CLOSE, saved, before, describe(saved))));
		return saved;
	}

	/**
	 * Reopens a closed unit: it takes figures again and has no successor.
	 */
	@Transactional
	public OrgUnit reopen(AppUserPrincipal user, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		OrgUnit unit = get(code);
		requireVersion(unit, expectedVersion);
		if (!unit.isClosed()) {
			throw new RuleViolationException(null, "orgUnit.notClosed", unit.getName());
		}
		if (unit.getParent() != null && unit.getParent().isClosed()) {
			throw new RuleViolationException(null, "orgUnit.parentClosed", unit.getParent().getName());
		}
		Map<String, Object> before = describe(unit);
		unit.reopen();
		OrgUnit saved = this.units.save(unit);
		this.events.publishEvent(
				new OrgUnitReopened(saved.getId(), audited(user, AuditAction.REOPEN, saved, before, describe(saved))));
		return saved;
	}

	/**
	 * What keeps the unit from being deleted, each kind counted and named: nothing when
	 * it may go.
	 */
	public List<OrgUnitDependency> dependenciesOf(String code) {
		return this.dependencies.of(get(code).getId());
	}

	/**
	 * Deletes a unit nothing depends on.
	 * @throws OrgUnitInUseException naming what depends on it, when anything does
	 */
	@Transactional
	public void delete(AppUserPrincipal user, String code, long expectedVersion) {
		Permissions.requireAdmin(user);
		OrgUnit unit = get(code);
		requireVersion(unit, expectedVersion);
		List<OrgUnitDependency> found = this.dependencies.of(unit.getId());
		if (!found.isEmpty()) {
			throw new OrgUnitInUseException(found);
		}
		this.events.publishEvent(
				new OrgUnitDeleted(unit.getId(), audited(user, AuditAction.DELETE, unit, describe(unit), null)));
		this.units.delete(unit);
	}

	private OrgUnit openParent(String parentCode) {
		if (parentCode == null || parentCode.isBlank()) {
			throw new RuleViolationException("parent", "field.required");
		}
		OrgUnit parent = this.units.findByCode(parentCode.strip())
			.orElseThrow(() -> new NotFoundException("parent", parentCode));
		if (parent.isClosed()) {
			throw new RuleViolationException("parent", "orgUnit.parentClosed", parent.getName());
		}
		return parent;
	}

	private static void requireVersion(OrgUnit unit, long expectedVersion) {
		if (unit.getVersion() != expectedVersion) {
			throw new ConflictException("orgUnit", unit.getCode());
		}
	}

	/**
	 * The audit row names the unit by its id (subject) only: a unit's own history must
	 * neither keep it from being deleted nor vanish with it.
	 */
	private static AuditedChange audited(AppUserPrincipal user, AuditAction action, OrgUnit unit,
			Map<String, Object> before, Map<String, Object> after) {
		return new AuditedChange(user.username(), action, AuditSubject.ORG_UNIT, unit.getId(), null, null, null, null,
				before, after, null);
	}

	static Map<String, Object> describe(OrgUnit unit) {
		return AuditedChange.fields("code", unit.getCode(), "name", unit.getName(), "kind", unit.getKind(), "parent",
				(unit.getParent() != null) ? unit.getParent().getCode() : null, "sortOrder", unit.getSortOrder(),
				"validFrom", unit.getValidFrom(), "validTo", unit.getValidTo(), "successor",
				(unit.getSuccessor() != null) ? unit.getSuccessor().getCode() : null);
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
