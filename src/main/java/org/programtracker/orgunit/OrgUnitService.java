package org.programtracker.orgunit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.programtracker.kernel.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds org units within a caller's scope. A unit outside the scope is not found, exactly
 * like a unit that does not exist.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitService {

	private final OrgUnitRepository units;

	private final EntityManager entityManager;

	OrgUnitService(OrgUnitRepository units, EntityManager entityManager) {
		this.units = units;
		this.entityManager = entityManager;
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
	 * The units a user may choose from, in tree order.
	 */
	public List<OrgUnit> visibleUnits(OrgUnitScope scope) {
		if (scope.coversAllUnits()) {
			return this.units.findAll().stream().sorted(java.util.Comparator.comparing(OrgUnit::getPath)).toList();
		}
		return this.units.findSubtree(scopeRoot(scope).subtreePattern());
	}

	/**
	 * The unit and every unit below it, closed ones too, in tree order.
	 */
	public List<OrgUnit> subtreeOf(OrgUnit unit) {
		return this.units.findSubtree(unit.subtreePattern());
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
