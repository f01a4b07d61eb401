package org.programtracker.orgunit;

import java.time.LocalDate;

import org.programtracker.kernel.RuleViolationException;
import org.programtracker.kernel.UnitSucceededException;

/**
 * An org unit as other features see it: read from {@link OrgUnitService}, changed only
 * through its commands (and {@link OrgUnitHistory}'s for a dated move). Its {@code path}
 * lists the codes from the root, so that a subtree is a path prefix.
 *
 * @param id the unit's id
 * @param version the version saved, for an optimistic check
 * @param code its code, which never changes
 * @param name its name
 * @param kind province, district, commune, agency…
 * @param path the codes from the root to it, each followed by {@code /}
 * @param parentId the unit it stands under now, {@code null} for a root
 * @param sortOrder its place among its siblings
 * @param validFrom the day it opened, {@code null} when it always existed
 * @param validTo the day it closed, {@code null} while open
 * @param successorId the unit that took its work over when it closed, {@code null} when
 * none
 * @param successorCode that unit's code, {@code null} when none
 * @param successorName that unit's name, {@code null} when none
 * @param placedFrom the day from which it stands where it stands now (it moved),
 * {@code null} when it never moved
 */
public record OrgUnitView(long id, long version, String code, String name, OrgUnitKind kind, String path, Long parentId,
		int sortOrder, LocalDate validFrom, LocalDate validTo, Long successorId, String successorCode,
		String successorName, LocalDate placedFrom) {

	private static final char SEPARATOR = '/';

	/**
	 * Whether the unit has closed (merged into its successor, or closed by hand).
	 */
	public boolean closed() {
		return this.validTo != null;
	}

	/**
	 * Whether the unit stands under no other: the root of the tree.
	 */
	public boolean root() {
		return this.parentId == null;
	}

	/**
	 * The code of the unit it stands under now, read from its path; {@code null} for a
	 * root.
	 */
	public String parentCode() {
		int end = this.path.lastIndexOf(SEPARATOR, this.path.length() - 2);
		if (end <= 0) {
			return null;
		}
		return this.path.substring(this.path.lastIndexOf(SEPARATOR, end - 1) + 1, end);
	}

	/**
	 * Whether the unit existed on a day: opened on or before it, not closed by then.
	 */
	public boolean existsOn(LocalDate day) {
		return (this.validFrom == null || !this.validFrom.isAfter(day))
				&& (this.validTo == null || this.validTo.isAfter(day));
	}

	/**
	 * Whether the unit stood on {@code day} where it stands now, so that its present path
	 * is its path that day: open, and not moved since.
	 */
	public boolean standsAsOn(LocalDate day) {
		return !closed() && existsOn(day) && (this.placedFrom == null || !day.isBefore(this.placedFrom));
	}

	/**
	 * Refuses figures (decisions, quarter entries) for a day the unit does not take them:
	 * on or after it closed, since from then on they belong to its successor, and before
	 * it opened, since they belong to the units it came from. Figures of the periods
	 * before it closed may still be completed while those periods are open.
	 */
	public void requireOpenForFigures(LocalDate day) {
		if (closed() && !day.isBefore(this.validTo)) {
			throw new UnitSucceededException("orgUnit", this.name, this.successorCode, this.successorName);
		}
		if (this.validFrom != null && this.validFrom.isAfter(day)) {
			throw new RuleViolationException("orgUnit", "orgUnit.notYetOpen", this.name, this.validFrom);
		}
	}

	/**
	 * A SQL {@code LIKE} pattern that matches the paths of this unit and every unit below
	 * it ({@code !} escapes, since codes may contain the wildcard {@code _}).
	 */
	public String subtreePattern() {
		return subtreePatternOf(this.path);
	}

	/**
	 * Whether {@code other} is this unit or lies somewhere below it.
	 */
	public boolean contains(OrgUnitView other) {
		return other.path().startsWith(this.path);
	}

	/**
	 * How many units lie above this one: 0 for a root.
	 */
	public int depth() {
		return depthOf(this.path);
	}

	/**
	 * The SQL {@code LIKE} pattern of the subtree whose root has this path.
	 */
	static String subtreePatternOf(String path) {
		return path.replace("!", "!!").replace("_", "!_").replace("%", "!%") + "%";
	}

	/**
	 * How many units lie above a unit with this path: 0 for a root.
	 */
	static int depthOf(String path) {
		return (int) path.chars().filter(c -> c == SEPARATOR).count() - 2;
	}

}
