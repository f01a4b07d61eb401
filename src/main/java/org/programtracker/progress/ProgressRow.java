package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.LocalizedName;

/**
 * One line of a progress table: a program (or component, or unit) and capital type.
 *
 * @param code the code of the program, component or unit; {@code null} for capital held
 * by the level above without a finer breakdown
 * @param name its name
 * @param capitalType investment or recurrent capital
 * @param figures plan and disbursed amounts
 */
public record ProgressRow(String code, LocalizedName name, CapitalType capitalType, Figures figures) {

	public PercentOfPlan percentOfPlan() {
		return this.figures.percentOfPlan();
	}

}
