package org.programtracker.progress;

import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.ProgressStatus;

import java.math.BigDecimal;

/**
 * Plan and disbursed amounts, exact, in đồng. Totals add amounts; a total's percentage is
 * then computed from the summed amounts, never averaged.
 */
public record Figures(BigDecimal planVnd, BigDecimal disbursedVnd) {

	public static final Figures ZERO = new Figures(BigDecimal.ZERO, BigDecimal.ZERO);

	public Figures plus(Figures other) {
		return new Figures(this.planVnd.add(other.planVnd), this.disbursedVnd.add(other.disbursedVnd));
	}

	public PercentOfPlan percentOfPlan() {
		return PercentOfPlan.of(this.disbursedVnd, this.planVnd);
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
