package org.programtracker.progress;

import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.LocalizedName;

/**
 * A program's own capital of a plan year quarter by quarter: for quarter q, the plan as
 * of the quarter's last day and the amount disbursed from quarter 1 to q.
 *
 * @param code the program's code, {@code null} for the total of all programs
 * @param name its name
 * @param capitalType the capital type counted, {@code null} for both
 * @param byQuarter cumulative figures, the first quarter first
 */
public record ProgramSeries(String code, LocalizedName name, CapitalType capitalType, List<Figures> byQuarter) {

	/**
	 * The figures of the last quarter in the series.
	 */
	public Figures latest() {
		return this.byQuarter.get(this.byQuarter.size() - 1);
	}

}
