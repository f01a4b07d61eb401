package org.programtracker.orgunit;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.programtracker.kernel.Loaded;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.orgunit.internal.OrgUnit;
import org.programtracker.orgunit.internal.OrgUnitRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds org units within a caller's scope: a unit outside the scope is not found, exactly
 * like a unit that does not exist. The administration reads and changes the whole tree
 * through it too, with the commands below; other features see units as
 * {@link OrgUnitView}s and never the entity.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

	private final OrgUnitRepository units;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	OrgUnitService(OrgUnitRepository units, EntityManager entityManager, JdbcClient jdbc) {
		this.units = units;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	/**
	 * The unit with this code if the scope covers it; with no code, the root of the
	 * scope.
	 */
	public OrgUnitView visibleUnit(OrgUnitScope scope, String code) {
		if (code == null || code.isBlank()) {
			return scopeRoot(scope).view();
		}
		OrgUnit unit = byCode(code.strip()).orElseThrow(() -> new NotFoundException("orgUnit", code));
		if (!scope.coversAllUnits() && !scopeRoot(scope).contains(unit)) {
			throw new NotFoundException("orgUnit", code);
		}
		return unit.view();
	}

	/**
	 * The units with these codes that the scope covers, by code, each as
	 * {@link #visibleUnit} finds it, with one query whatever their number; a code of no
	 * unit, or of one outside the scope, is not in the answer.
	 */
	public Map<String, OrgUnitView> visibleUnits(OrgUnitScope scope, Collection<String> codes) {
		Map<String, OrgUnitView> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		OrgUnit root = scope.coversAllUnits() ? null : scopeRoot(scope);
		for (OrgUnit unit : this.units.findByCodeIn(codes)) {
			if (root == null || root.contains(unit)) {
				found.put(unit.getCode(), unit.view());
			}
		}
		return found;
	}

	/**
	 * The unit with this code if the scope covers it, as {@link #visibleUnit} finds it;
	 * with no code, the unit a report for {@code day} shows by default: the root of the
	 * tree as it stood that day for a scope that covers every unit; otherwise the scope's
	 * unit or, before it existed, the one unit it succeeded (a province's committee sees
	 * the district that preceded the province in the tracker).
	 */
	public OrgUnitView visibleUnitOn(OrgUnitScope scope, String code, LocalDate day) {
		OrgUnitView home = visibleUnit(scope, code);
		if ((code != null && !code.isBlank()) || home.existsOn(day)) {
			return home;
		}
		List<Long> candidates = scope.coversAllUnits() ? this.jdbc.sql("""
				select t.org_unit_id from units_on(cast(:day as date)) t join org_unit u on u.id = t.org_unit_id
				where t.parent_id is null order by u.sort_order, u.name limit 1
				""").param("day", day).query(Long.class).list() : this.jdbc.sql("""
				select u.id from org_unit u
				where u.successor_id = :home and (u.valid_from is null or u.valid_from <= :day) and u.valid_to > :day
				""").param("home", home.id()).param("day", day).query(Long.class).list();
		if (candidates.size() != 1) {
			return home;
		}
		return this.units.findById(candidates.get(0)).map(OrgUnit::view).orElse(home);
	}

	/**
	 * The unit with this id if the scope covers it.
	 */
	public OrgUnitView visibleUnit(OrgUnitScope scope, long id) {
		OrgUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("orgUnit", id));
		return visibleUnit(scope, unit.getCode());
	}

	/**
	 * The units a user may choose from, in tree order.
	 */
	public List<OrgUnitView> visibleUnits(OrgUnitScope scope) {
		if (scope.coversAllUnits()) {
			return inTreeOrder(views(this.units.findAll()));
		}
		return inTreeOrder(views(this.units.findSubtree(scopeRoot(scope).view().subtreePattern())));
	}

	/**
	 * The unit with this id, whatever the caller's scope: for the administration and for
	 * rules that name another unit (a successor, a standing agency).
	 */
	public Optional<OrgUnitView> findById(long id) {
		return this.units.findById(id).map(OrgUnit::view);
	}

	/**
	 * The unit with this code, whatever the caller's scope.
	 */
	public Optional<OrgUnitView> findByCode(String code) {
		return byCode(code).map(OrgUnit::view);
	}

	/**
	 * Every unit, in no particular order.
	 */
	public List<OrgUnitView> allUnits() {
		return views(this.units.findAll());
	}

	/**
	 * The unit and every unit below it, closed ones too, the unit first, in tree order.
	 */
	public List<OrgUnitView> subtreeOf(OrgUnitView unit) {
		return inTreeOrder(views(this.units.findSubtree(unit.subtreePattern())));
	}

	/**
	 * The unit and the units above it, the unit first, then its parent, and the root
	 * last.
	 */
	public List<OrgUnitView> withAncestors(OrgUnitView unit) {
		List<OrgUnitView> above = new ArrayList<>();
		OrgUnit step = entity(unit.id());
		while (step != null) {
			above.add(step.view());
			step = step.getParent();
		}
		return List.copyOf(above);
	}

	/**
	 * The unit a unit stands under now; empty for a root.
	 */
	public Optional<OrgUnitView> parentOf(OrgUnitView unit) {
		return Optional.ofNullable(entity(unit.id()).getParent()).map(OrgUnit::view);
	}

	/**
	 * Units in the tree's order, the one every page lists units in: each unit before the
	 * units below it, and the children of a unit by their sort order, then by name (as
	 * the breakdowns by unit order them). A unit whose parent is not among them starts a
	 * tree of its own, in the same order.
	 */
	public static List<OrgUnitView> inTreeOrder(Collection<OrgUnitView> units) {
		Map<String, OrgUnitView> byPath = new HashMap<>();
		units.forEach(unit -> byPath.put(unit.path(), unit));
		Map<String, List<OrgUnitView>> children = new HashMap<>();
		List<OrgUnitView> tops = new ArrayList<>();
		for (OrgUnitView unit : units) {
			String parentPath = parentPath(unit.path());
			if (parentPath != null && byPath.containsKey(parentPath)) {
				children.computeIfAbsent(parentPath, path -> new ArrayList<>()).add(unit);
			}
			else {
				tops.add(unit);
			}
		}
		Comparator<OrgUnitView> siblings = Comparator.comparingInt(OrgUnitView::sortOrder)
			.thenComparing(OrgUnitView::name)
			.thenComparing(OrgUnitView::code);
		List<OrgUnitView> ordered = new ArrayList<>(units.size());
		Deque<OrgUnitView> toVisit = new ArrayDeque<>();
		tops.stream().sorted(siblings.reversed()).forEach(toVisit::push);
		while (!toVisit.isEmpty()) {
			OrgUnitView unit = toVisit.pop();
			ordered.add(unit);
			children.getOrDefault(unit.path(), List.of()).stream().sorted(siblings.reversed()).forEach(toVisit::push);
		}
		return List.copyOf(ordered);
	}

	private static String parentPath(String path) {
		int end = path.lastIndexOf('/', path.length() - 2);
		return (end <= 0) ? null : path.substring(0, end + 1);
	}

	public long count() {
		return this.units.count();
	}

	/**
	 * The units with these ids that still exist, by id, in tree order.
	 */
	public Map<Long, OrgUnitView> unitsByIds(Collection<Long> ids) {
		Map<Long, OrgUnitView> found = new LinkedHashMap<>();
		inTreeOrder(views(this.units.findAllById(ids))).forEach(unit -> found.put(unit.id(), unit));
		return found;
	}

	/**
	 * The units with these ids that exist, by id, in no particular order: those this
	 * transaction read already as they are, the others in one query (none when every one
	 * was read).
	 */
	public Map<Long, OrgUnitView> byIds(Collection<Long> ids) {
		Map<Long, OrgUnitView> found = new HashMap<>();
		Loaded.byIds(this.entityManager, OrgUnit.class, ids).forEach((id, unit) -> found.put(id, unit.view()));
		return found;
	}

	/**
	 * The first {@code limit} of the units with these ids in tree order (by path, as
	 * {@link OrgUnitView#path} compares), found in the database, so that only those are
	 * loaded.
	 */
	public List<OrgUnitView> firstInTreeOrder(Collection<Long> ids, int limit) {
		if (ids.isEmpty()) {
			return List.of();
		}
		List<Long> first = this.jdbc
			.sql("select id from org_unit where id = any(:ids) order by path collate \"C\", id limit :limit")
			.param("ids", ids.toArray(Long[]::new))
			.param("limit", limit)
			.query(Long.class)
			.list();
		Map<Long, OrgUnitView> loaded = byIds(first);
		return first.stream().map(loaded::get).toList();
	}

	/**
	 * The names of the units with these ids that still exist, by id.
	 */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return this.units.findAllById(ids).stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
	}

	/**
	 * Creates a unit under a parent (none for the first unit of an installation), that
	 * exists from {@code validFrom} on, or always when it is {@code null}. Saved at once,
	 * so that a duplicate code fails here and not at commit.
	 */
	@Transactional
	public OrgUnitView create(String code, String name, OrgUnitKind kind, Long parentId, LocalDate validFrom,
			int sortOrder) {
		OrgUnit unit = new OrgUnit(code, name, kind, (parentId == null) ? null : entity(parentId));
		unit.openFrom(validFrom);
		unit.setSortOrder(sortOrder);
		return this.units.saveAndFlush(unit).view();
	}

	/**
	 * Renames the unit and changes its kind and its place among its siblings.
	 */
	@Transactional
	public OrgUnitView change(long id, String name, OrgUnitKind kind, int sortOrder) {
		OrgUnit unit = entity(id);
		unit.rename(name);
		unit.changeKind(kind);
		unit.setSortOrder(sortOrder);
		return this.units.saveAndFlush(unit).view();
	}

	/**
	 * Hangs the unit, with everything below it, under another parent, as if it had always
	 * stood there (a correction of the tree; a dated move is
	 * {@link OrgUnitHistory#moveOn}). Every path of the subtree changes at once, since
	 * every user's scope is a path prefix.
	 */
	@Transactional
	public OrgUnitView moveWithSubtree(long id, long parentId) {
		OrgUnit unit = entity(id);
		String oldPrefix = unit.getPath();
		List<OrgUnit> below = this.units.findSubtree(unit.view().subtreePattern())
			.stream()
			.filter(descendant -> !descendant.getId().equals(unit.getId()))
			.toList();
		unit.moveUnder(entity(parentId));
		below.forEach(descendant -> descendant.rebase(oldPrefix, unit.getPath()));
		return this.units.saveAndFlush(unit).view();
	}

	/**
	 * Closes the unit from a day on, its work taken over by a successor (or by none).
	 */
	@Transactional
	public OrgUnitView close(long id, LocalDate on, Long successorId) {
		OrgUnit unit = entity(id);
		unit.close(on, (successorId == null) ? null : entity(successorId));
		return this.units.saveAndFlush(unit).view();
	}

	/**
	 * Reopens a closed unit: it takes figures again and has no successor.
	 */
	@Transactional
	public OrgUnitView reopen(long id) {
		OrgUnit unit = entity(id);
		unit.reopen();
		return this.units.saveAndFlush(unit).view();
	}

	@Transactional
	public void delete(long id) {
		this.units.delete(entity(id));
		this.units.flush();
	}

	private OrgUnit entity(long id) {
		return this.units.findById(id).orElseThrow(() -> new NotFoundException("orgUnit", id));
	}

	private static List<OrgUnitView> views(Collection<OrgUnit> units) {
		return units.stream().map(OrgUnit::view).toList();
	}

	private OrgUnit scopeRoot(OrgUnitScope scope) {
		if (scope.coversAllUnits()) {
			return this.units.findRoots().stream().findFirst().orElseThrow(() -> new NotFoundException("orgUnit", "-"));
		}
		return this.units.findById(scope.homeUnitId()).orElseThrow(() -> new NotFoundException("orgUnit", "-"));
	}

	/**
	 * Looks a unit up by its code through the persistence context first: a page that asks
	 * for the same unit in several services of one transaction reads it once.
	 */
	private Optional<OrgUnit> byCode(String code) {
		return this.entityManager.unwrap(Session.class).bySimpleNaturalId(OrgUnit.class).loadOptional(code);
	}

}
