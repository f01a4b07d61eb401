package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;

import java.util.Map;

import org.programtracker.allocation.CapitalType;

/**
 * What the plan lines held in one org unit's subtree add up to.
 *
 * @param code the unit's code
 * @param name its name
 * @param heldByParent whether the row stands for the lines the parent unit holds itself
 * rather than for a child unit
 * @param year the plan year's own capital by capital type, for the types it holds
 * @param carriedOver capital carried over from earlier years, by capital type
 */
public record UnitProgress(String code, String name, boolean heldByParent, Map<CapitalType, Figures> year,
		Map<CapitalType, Figures> carriedOver) {

	void add(boolean carried, CapitalType capitalType, Figures figures) {
		(carried ? this.carriedOver : this.year).merge(capitalType, figures, Figures::plus);
	}

	/**
	 * The plan year's own capital of every capital type, summed.
	 */
	public Figures total() {
		return this.year.values().stream().reduce(Figures.ZERO, Figures::plus);
	}

	public Figures carriedOverTotal() {
		return this.carriedOver.values().stream().reduce(Figures.ZERO, Figures::plus);
	}

	public PercentOfPlan percentOfPlan() {
		return total().percentOfPlan();
	}

}
