package org.programtracker.administration;

import java.time.LocalDate;

import org.programtracker.orgunit.OrgUnitKind;
import org.programtracker.orgunit.OrgUnitView;

/**
 * An org unit as the administration pages show it: its parent and successor by code and
 * name.
 */
public record OrgUnitRow(String code, String name, OrgUnitKind kind, String path, int depth, String parentCode,
		String parentName, int sortOrder, LocalDate closedOn, String successorCode, String successorName,
		long version) {

	/**
	 * The row of a unit that stands under {@code parent} ({@code null} for a root).
	 */
	static OrgUnitRow of(OrgUnitView unit, OrgUnitView parent) {
		return new OrgUnitRow(unit.code(), unit.name(), unit.kind(), unit.path(), unit.depth(),
				(parent != null) ? parent.code() : null, (parent != null) ? parent.name() : null, unit.sortOrder(),
				unit.validTo(), unit.successorCode(), unit.successorName(), unit.version());
	}

	public boolean closed() {
		return this.closedOn != null;
	}

	public boolean root() {
		return this.parentCode == null;
	}

	/**
	 * Whether {@code other} is this unit or lies below it.
	 */
	public boolean contains(OrgUnitRow other) {
		return other.path().startsWith(this.path);
	}

}
