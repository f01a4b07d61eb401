package org.programtracker.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Disbursed as a percentage of plan, with its status: the only place where that
 * percentage is computed. The value is rounded half-up to one decimal from the exact
 * amounts (780 ÷ 2,487 → 31.4) and is {@code null} when there is no plan.
 */
public record PercentOfPlan(ProgressStatus status, BigDecimal value) {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int SCALE = 1;

	public static PercentOfPlan of(BigDecimal disbursed, BigDecimal plan) {
		if (plan.signum() <= 0) {
			return new PercentOfPlan(ProgressStatus.NOT_ALLOCATED, null);
		}
		if (disbursed.signum() == 0) {
			return new PercentOfPlan(ProgressStatus.NOT_STARTED, BigDecimal.ZERO.setScale(SCALE));
		}
		BigDecimal value = disbursed.multiply(HUNDRED).divide(plan, SCALE, RoundingMode.HALF_UP);
		int comparison = disbursed.compareTo(plan);
		ProgressStatus status = (comparison == 0) ? ProgressStatus.COMPLETED
				: (comparison > 0) ? ProgressStatus.OVER_PLAN : ProgressStatus.IN_PROGRESS;
		return new PercentOfPlan(status, value);
	}

	/**
	 * Whether a percentage printed in a report agrees with the amounts printed beside it:
	 * it must equal the exact quotient at the printed precision, rounded or truncated
	 * (61,72% for 61.7256…, 25% for 24.8…). Without a plan no percentage can agree.
	 */
	public static boolean printedAgrees(BigDecimal printedPercent, BigDecimal disbursed, BigDecimal plan) {
		if (plan.signum() <= 0) {
			return printedPercent == null;
		}
		if (printedPercent == null) {
			return false;
		}
		int precision = Math.max(printedPercent.scale(), 0);
		BigDecimal hundredfold = disbursed.multiply(HUNDRED);
		return printedPercent.compareTo(hundredfold.divide(plan, precision, RoundingMode.HALF_UP)) == 0
				|| printedPercent.compareTo(hundredfold.divide(plan, precision, RoundingMode.DOWN)) == 0;
	}

	/**
	 * Whether someone should look at the line: more disbursed than planned, or money
	 * spent without a plan.
	 */
	public boolean needsReview() {
		return this.status == ProgressStatus.OVER_PLAN;
	}

}
