package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;

import java.math.BigDecimal;

/**
 * Plan, disbursed and assigned amounts, exact, in đồng. The plan is the capital allocated
 * in detail to plan lines; the assigned amount is the envelope received from outside the
 * reported subtree (see DESIGN.md, "Assigned capital and detailed allocation"). Totals
 * add amounts; a total's percentage is then computed from the summed amounts, never
 * averaged.
 */
public record Figures(BigDecimal planVnd, BigDecimal disbursedVnd, BigDecimal assignedVnd) {

	public static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	/**
	 * Detailed plan and disbursed amounts, with nothing assigned.
	 */
	public Figures(BigDecimal planVnd, BigDecimal disbursedVnd) {
		this(planVnd, disbursedVnd, BigDecimal.ZERO);
	}

	/**
	 * Only an assigned amount: what a unit received, before it is allocated in detail.
	 */
	public static Figures assigned(BigDecimal assignedVnd) {
		return new Figures(BigDecimal.ZERO, BigDecimal.ZERO, assignedVnd);
	}

	public Figures plus(Figures other) {
		return new Figures(this.planVnd.add(other.planVnd), this.disbursedVnd.add(other.disbursedVnd),
				this.assignedVnd.add(other.assignedVnd));
	}

	/**
	 * The same figures with another assigned amount: a total whose assigned base is not
	 * the sum of its rows' (an assignment between two of them is counted once).
	 */
	public Figures withAssigned(BigDecimal assigned) {
		return new Figures(this.planVnd, this.disbursedVnd, assigned);
	}

	/**
	 * The amounts shown of these figures: plan, disbursed, assigned and what is not yet
	 * allocated in detail.
	 */
	public java.util.stream.Stream<BigDecimal> amounts() {
		return java.util.stream.Stream.of(this.planVnd, this.disbursedVnd, this.assignedVnd, notAllocatedInDetailVnd());
	}

	public PercentOfPlan percentOfPlan() {
		return PercentOfPlan.of(this.disbursedVnd, this.planVnd);
	}

	/**
	 * Disbursed as a percentage of the assigned capital, by the same rule as the percent
	 * of plan: {@code null} (not allocated) without an assignment.
	 */
	public PercentOfPlan percentOfAssigned() {
		return PercentOfPlan.of(this.disbursedVnd, this.assignedVnd);
	}

	/**
	 * Assigned minus allocated in detail: what is still to be allocated to plan lines;
	 * negative when more was allocated than assigned.
	 */
	public BigDecimal notAllocatedInDetailVnd() {
		return this.assignedVnd.subtract(this.planVnd);
	}

	/**
	 * Whether more was allocated in detail than was assigned. Without any assignment
	 * there is nothing to compare with, and nothing is flagged.
	 */
	public boolean overAllocated() {
		return this.assignedVnd.signum() > 0 && this.planVnd.compareTo(this.assignedVnd) > 0;
	}

	/**
	 * Whether the line is flagged: over plan, or disbursed without any plan.
	 */
	public boolean needsReview() {
		PercentOfPlan percent = percentOfPlan();
		return percent.needsReview()
				|| (percent.status() == ProgressStatus.NOT_ALLOCATED && this.disbursedVnd.signum() != 0);
	}

}
