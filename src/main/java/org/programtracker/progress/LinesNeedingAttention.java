package org.programtracker.progress;

import java.util.List;

/**
 * The plan lines of a subtree that need attention, as {@link ProgressService} picks them
 * in the database.
 *
 * @param lagging the lagging lines with a sizeable plan, the lowest percent of plan first
 * @param overPlan the first lines over plan or disbursed without a plan, the largest
 * excess first
 * @param overPlanTotal how many lines are over plan or disbursed without a plan in all
 * @param carriedOver every carried-over line, in tree order
 */
public record LinesNeedingAttention(List<PlanLineProgress> lagging, List<PlanLineProgress> overPlan, int overPlanTotal,
		List<PlanLineProgress> carriedOver) {

}
