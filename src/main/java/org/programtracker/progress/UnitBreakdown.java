package org.programtracker.progress;

import java.math.BigDecimal;
import java.util.List;

import org.programtracker.period.Quarter;

/**
 * Progress of an org unit's subtree rolled up to the unit's children, for one program (or
 * all) and one component subtree (or all).
 *
 * @param quarter the year and quarter reported
 * @param orgUnitCode the unit whose children are listed
 * @param orgUnitName its name
 * @param units one row per child unit, in their order, after a row for the lines the unit
 * holds itself when it holds any
 * @param assignedBase whether the figures carry the assigned base: not for a component,
 * since capital is assigned for a program as a whole
 * @param assignedVnd the capital assigned to the unit's subtree from outside it: not the
 * sum of the rows', which count what the unit assigned to its children too
 */
public record UnitBreakdown(Quarter quarter, String orgUnitCode, String orgUnitName, List<UnitProgress> units,
		boolean assignedBase, BigDecimal assignedVnd) {

	/**
	 * Whether the unit has children to break down into.
	 */
	public boolean hasChildren() {
		return this.units.stream().anyMatch(unit -> !unit.heldByParent());
	}

	/**
	 * Whether the assigned base is shown: for figures that carry it, once any capital is
	 * assigned in the subtree.
	 */
	public boolean showsAssigned() {
		return this.assignedBase && (this.assignedVnd.signum() != 0 || this.units.stream()
			.anyMatch(unit -> unit.total().assignedVnd().signum() != 0
					|| unit.carriedOverTotal().assignedVnd().signum() != 0));
	}

	public Figures total() {
		return this.units.stream()
			.map(UnitProgress::total)
			.reduce(Figures.ZERO, Figures::plus)
			.withAssigned(this.assignedVnd);
	}

	/**
	 * Every amount of the units' figures, carried over too: what decides how many
	 * decimals a table of them shows.
	 */
	public List<java.math.BigDecimal> amounts() {
		return this.units.stream()
			.flatMap(unit -> java.util.stream.Stream.concat(unit.year().values().stream(),
					unit.carriedOver().values().stream()))
			.flatMap(Figures::amounts)
			.toList();
	}

}
