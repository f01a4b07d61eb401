package org.programtracker.orgunit;

/**
 * The part of the org-unit tree a user may see: the subtree under their home unit, or
 * everything.
 *
 * @param homeUnitId the root of the visible subtree, {@code null} for the whole tree
 */
public record OrgUnitScope(Long homeUnitId) {

	public static final OrgUnitScope EVERYTHING = new OrgUnitScope(null);

	public static OrgUnitScope under(OrgUnit unit) {
		return new OrgUnitScope(unit.getId());
	}

	public boolean isEverything() {
		return this.homeUnitId == null;
	}

}
