package org.programtracker.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan lines of a subtree that need attention, as {@link ProgressService} picks them
 * in the database.
 *
 * @param lagging the lagging lines with a sizeable plan, the lowest percent of plan first
 * @param overPlan the first lines over plan or disbursed without a plan, the largest
 * excess first
 * @param overPlanTotal how many lines are over plan or disbursed without a plan in all
 * @param carriedDue the first carried-over lines close to their own deadline with a low
 * percent, the nearest deadline first
 * @param carriedDueTotal how many carried-over lines are close to their deadline with a
 * low percent in all
 */
public record LinesNeedingAttention(List<PlanLineProgress> lagging, List<PlanLineProgress> overPlan, int overPlanTotal,
		List<DueLine> carriedDue, int carriedDueTotal) {

	/**
	 * A carried-over line and its own deadline.
	 */
	public record DueLine(PlanLineProgress line, LocalDate deadline) {

	}

}
