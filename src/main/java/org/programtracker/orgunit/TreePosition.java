package org.programtracker.orgunit;

import java.time.LocalDate;

/**
 * An org unit where it stood in the tree on a day: the subtree of a report for a period
 * is the unit's subtree as it stood at the period's end.
 *
 * @param unit the unit
 * @param path its path on that day
 * @param day the day
 */
public record TreePosition(OrgUnitView unit, String path, LocalDate day) {

	public long id() {
		return this.unit.id();
	}

	public String code() {
		return this.unit.code();
	}

	public String name() {
		return this.unit.name();
	}

	/**
	 * The SQL {@code LIKE} pattern of the unit's subtree on that day.
	 */
	public String subtreePattern() {
		return OrgUnitView.subtreePatternOf(this.path);
	}

	/**
	 * How many units stood above it on that day: 0 for a root.
	 */
	public int depth() {
		return OrgUnitView.depthOf(this.path);
	}

}
