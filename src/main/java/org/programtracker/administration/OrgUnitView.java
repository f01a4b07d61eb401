package org.programtracker.administration;

import java.time.LocalDate;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.orgunit.OrgUnitKind;

/**
 * An org unit as the administration pages show it, read within the transaction: its
 * parent and successor by code and name.
 */
public record OrgUnitView(String code, String name, OrgUnitKind kind, String path, int depth, String parentCode,
		String parentName, int sortOrder, LocalDate closedOn, String successorCode, String successorName,
		long version) {

	static OrgUnitView of(OrgUnit unit) {
		OrgUnit parent = unit.getParent();
		OrgUnit successor = unit.getSuccessor();
		return new OrgUnitView(unit.getCode(), unit.getName(), unit.getKind(), unit.getPath(), unit.getDepth(),
				(parent != null) ? parent.getCode() : null, (parent != null) ? parent.getName() : null,
				unit.getSortOrder(), unit.getValidTo(), (successor != null) ? successor.getCode() : null,
				(successor != null) ? successor.getName() : null, unit.getVersion());
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
	public boolean contains(OrgUnitView other) {
		return other.path().startsWith(this.path);
	}

}
