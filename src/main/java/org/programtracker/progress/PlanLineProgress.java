package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.LocalizedName;

/**
 * One plan line and what its decisions and entries add up to.
 *
 * @param id the plan line's id
 * @param unitCode the code of the unit that holds it
 * @param unitName that unit's name
 * @param programCode its program
 * @param componentCode its component, {@code null} for the program as a whole
 * @param componentName that component's name
 * @param capitalType investment or recurrent capital
 * @param fundingSource the funding source's code
 * @param originYear the year the capital was first planned
 * @param carriedOver whether it was carried over from an earlier year
 * @param figures plan and disbursed amounts
 */
public record PlanLineProgress(long id, String unitCode, String unitName, String programCode, String componentCode,
		LocalizedName componentName, CapitalType capitalType, String fundingSource, int originYear, boolean carriedOver,
		Figures figures) {

	public PercentOfPlan percentOfPlan() {
		return this.figures.percentOfPlan();
	}

}
