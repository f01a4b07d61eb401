package org.programtracker.administration;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitRepository;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.shared.NotFoundException;
import org.programtracker.shared.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the org-unit tree: administrators only.
 */
@Service
@Transactional(readOnly = true)
public class OrgUnitAdministration {

	private static final int MAX_NAME = 200;

	private final OrgUnitRepository units;

	OrgUnitAdministration(OrgUnitRepository units) {
		this.units = units;
	}

	@Transactional
	public OrgUnit create(AppUserPrincipal user, String code, String name, OrgUnitKind kind, String parentCode) {
		Permissions.requireAdmin(user);
		String checkedCode = Validation.code(code);
		String checkedName = Validation.name("name", name, MAX_NAME);
		if (parentCode == null || parentCode.isBlank()) {
			throw new RuleViolationException("parent", "field.required");
		}
		OrgUnit parent = this.units.findByCode(parentCode.strip())
			.orElseThrow(() -> new NotFoundException("parent", parentCode));
		if (this.units.findByCode(checkedCode).isPresent()) {
			throw new RuleViolationException("code", "admin.codeTaken", checkedCode);
		}
		OrgUnit unit = new OrgUnit(checkedCode, checkedName, kind, parent);
		return this.units.saveAndFlush(unit);
	}

}
