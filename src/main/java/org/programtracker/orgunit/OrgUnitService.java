package org.programtracker.orgunit;

import java.util.List;

import org.programtracker.shared.NotFoundException;

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

	OrgUnitService(OrgUnitRepository units) {
		this.units = units;
	}

	/**
	 * The unit with this code if the scope covers it; with no code, the root of the
	 * scope.
	 */
	public OrgUnit visibleUnit(OrgUnitScope scope, String code) {
		if (code == null || code.isBlank()) {
			return scopeRoot(scope);
		}
		OrgUnit unit = this.units.findByCode(code.strip()).orElseThrow(() -> new NotFoundException("orgUnit", code));
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

	private OrgUnit scopeRoot(OrgUnitScope scope) {
		if (scope.coversAllUnits()) {
			return this.units.findRoots().stream().findFirst().orElseThrow(() -> new NotFoundException("orgUnit", "-"));
		}
		return this.units.findById(scope.homeUnitId()).orElseThrow(() -> new NotFoundException("orgUnit", "-"));
	}

}
