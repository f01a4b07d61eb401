package org.programtracker.orgunit;

import java.util.Set;

/**
 * What part of the figures a user may see: the subtree under their home unit, or the
 * whole tree; and, for a program officer, only some programs (but those in every unit).
 * <p>
 * Whoever reads figures filters by both: {@link #homeUnitId()} (or the whole tree when
 * {@link #coversAllUnits()}) and {@link #covers(Long)} for the program.
 *
 * @param homeUnitId the root of the visible subtree, {@code null} for the whole tree
 * @param programIds the only programs visible, {@code null} for every program
 */
public record OrgUnitScope(Long homeUnitId, Set<Long> programIds) {

	/** Every unit and every program: an administrator. */
	public static final OrgUnitScope EVERYTHING = new OrgUnitScope(null, null);

	public OrgUnitScope {
		programIds = (programIds == null) ? null : Set.copyOf(programIds);
	}

	public OrgUnitScope(Long homeUnitId) {
		this(homeUnitId, null);
	}

	public static OrgUnitScope under(OrgUnitView unit) {
		return new OrgUnitScope(unit.id());
	}

	/**
	 * Only these programs, in every unit: a program officer.
	 */
	public static OrgUnitScope programs(Set<Long> programIds) {
		return new OrgUnitScope(null, programIds);
	}

	/**
	 * Whether every org unit is visible (possibly for some programs only).
	 */
	public boolean coversAllUnits() {
		return this.homeUnitId == null;
	}

	/**
	 * Whether the figures of this program are visible.
	 */
	public boolean covers(Long programId) {
		return this.programIds == null || this.programIds.contains(programId);
	}

	/**
	 * Whether the scope leaves out some programs.
	 */
	public boolean limitsPrograms() {
		return this.programIds != null;
	}

}
