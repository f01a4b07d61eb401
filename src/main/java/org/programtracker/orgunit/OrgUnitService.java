package org.programtracker.orgunit;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.programtracker.kernel.Loaded;
import org.programtracker.kernel.NotFoundException;
import org.programtracker.orgunit.internal.OrgUnitRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds org units within a caller's scope: a unit outside the scope is not found, exactly
 * like a unit that does not exist. The administration reads and writes the whole tree
 * through it too; no other feature reaches the repository.
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
	public OrgUnit visibleUnit(OrgUnitScope scope, String code) {
		if (code == null || code.isBlank()) {
			return scopeRoot(scope);
		}
		OrgUnit unit = byCode(code.strip()).orElseThrow(() -> new NotFoundException("orgUnit", code));
		if (!scope.coversAllUnits() && !scopeRoot(scope).contains(unit)) {
			throw new NotFoundException("orgUnit", code);
		}
		return unit;
	}

	/**
	 * The units with these codes that the scope covers, by code, each as
	 * {@link #visibleUnit} finds it, with one query whatever their number; a code of no
	 * unit, or of one outside the scope, is not in the answer.
	 */
	public Map<String, OrgUnit> visibleUnits(OrgUnitScope scope, Collection<String> codes) {
		Map<String, OrgUnit> found = new HashMap<>();
		if (codes.isEmpty()) {
			return found;
		}
		OrgUnit root = scope.coversAllUnits() ? null : scopeRoot(scope);
		for (OrgUnit unit : this.units.findByCodeIn(codes)) {
			if (root == null || root.contains(unit)) {
				found.put(unit.getCode(), unit);
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
	public OrgUnit visibleUnitOn(OrgUnitScope scope, String code, LocalDate day) {
		OrgUnit home = visibleUnit(scope, code);
		if ((code != null && !code.isBlank()) || home.existsOn(day)) {
			return home;
		}
		List<Long> candidates = scope.coversAllUnits() ? this.jdbc.sql("""
				select t.org_unit_id from units_on(cast(:day as date)) t join org_unit u on u.id = t.org_unit_id
				where t.parent_id is null order by u.sort_order, u.name limit 1
				""").param("day", day).query(Long.class).list() : this.jdbc.sql("""
				select u.id from org_unit u
				where u.successor_id = :home and (u.valid_from is null or u.valid_from <= :day) and u.valid_to > :day
				""").param("home", home.getId()).param("day", day).query(Long.class).list();
		if (candidates.size() != 1) {
			return home;
		}
		return this.units.findById(candidates.get(0)).orElse(home);
	}

	/**
	 * The unit with this id if the scope covers it.
	 */
	public OrgUnit visibleUnit(OrgUnitScope scope, long id) {
		OrgUnit unit = this.units.findById(id).orElseThrow(() -> new NotFoundException("orgUnit", id));
		return visibleUnit(scope, unit.getCode());
	}

	/**
	 * The units a user may choose from, in tree order.
	 */
	public List<OrgUnit> visibleUnits(OrgUnitScope scope) {
		if (scope.coversAllUnits()) {
			return inTreeOrder(this.units.findAll());
		}
		return inTreeOrder(this.units.findSubtree(scopeRoot(scope).subtreePattern()));
	}

	/**
	 * The unit with this code, whatever the caller's scope: for the administration and
	 * for rules that name another unit (a successor, a standing agency).
	 */
	public Optional<OrgUnit> findById(long id) {
		return this.units.findById(id);
	}

	public Optional<OrgUnit> findByCode(String code) {
		return this.units.findByCode(code);
	}

	/**
	 * Every unit, in no particular order.
	 */
	public List<OrgUnit> allUnits() {
		return this.units.findAll();
	}

	/**
	 * The unit and every unit below it, closed ones too, the unit first, in tree order.
	 */
	public List<OrgUnit> subtreeOf(OrgUnit unit) {
		return inTreeOrder(this.units.findSubtree(unit.subtreePattern()));
	}

	/**
	 * Units in the tree's order, the one every page lists units in: each unit before the
	 * units below it, and the children of a unit by their sort order, then by name (as
	 * the breakdowns by unit order them). A unit whose parent is not among them starts a
	 * tree of its own, in the same order.
	 */
	public static List<OrgUnit> inTreeOrder(Collection<OrgUnit> units) {
		Map<String, OrgUnit> byPath = new java.util.HashMap<>();
		units.forEach(unit -> byPath.put(unit.getPath(), unit));
		Map<String, List<OrgUnit>> children = new java.util.HashMap<>();
		List<OrgUnit> tops = new java.util.ArrayList<>();
		for (OrgUnit unit : units) {
			String parentPath = parentPath(unit.getPath());
			if (parentPath != null && byPath.containsKey(parentPath)) {
				children.computeIfAbsent(parentPath, path -> new java.util.ArrayList<>()).add(unit);
			}
			else {
				tops.add(unit);
			}
		}
		Comparator<OrgUnit> siblings = Comparator.comparingInt(OrgUnit::getSortOrder)
			.thenComparing(OrgUnit::getName)
			.thenComparing(OrgUnit::getCode);
		List<OrgUnit> ordered = new java.util.ArrayList<>(units.size());
		java.util.Deque<OrgUnit> toVisit = new java.util.ArrayDeque<>();
		tops.stream().sorted(siblings.reversed()).forEach(toVisit::push);
		while (!toVisit.isEmpty()) {
			OrgUnit unit = toVisit.pop();
			ordered.add(unit);
			children.getOrDefault(unit.getPath(), List.of())
				.stream()
				.sorted(siblings.reversed())
				.forEach(toVisit::push);
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
	 * Saves a new or changed unit at once, so that a duplicate code or a stale version
	 * fails here and not at commit.
	 */
	@Transactional
	public OrgUnit save(OrgUnit unit) {
		return this.units.saveAndFlush(unit);
	}

	@Transactional
	public void delete(OrgUnit unit) {
		this.units.delete(unit);
		this.units.flush();
	}

	/**
	 * The units with these ids that still exist, by id, in tree order.
	 */
	public Map<Long, OrgUnit> unitsByIds(Collection<Long> ids) {
		Map<Long, OrgUnit> found = new java.util.LinkedHashMap<>();
		inTreeOrder(this.units.findAllById(ids)).forEach(unit -> found.put(unit.getId(), unit));
		return found;
	}

	/**
	 * The units with these ids that exist, by id, in no particular order: those this
	 * transaction read already as they are, the others in one query (none when every one
	 * was read).
	 */
	public Map<Long, OrgUnit> byIds(Collection<Long> ids) {
		return Loaded.byIds(this.entityManager, OrgUnit.class, ids);
	}

	/**
	 * The names of the units with these ids that still exist, by id.
	 */
	public Map<Long, String> namesOf(Collection<Long> ids) {
		return this.units.findAllById(ids).stream().collect(Collectors.toMap(OrgUnit::getId, OrgUnit::getName));
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
