package org.programtracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dashboard.
 *
 * @param attentionThresholdVnd the smallest plan, in đồng, for which a lagging unit or
 * line is listed under "needs attention" (default one billion đồng)
 * @param detailedAllocationDays how many days of the plan year a unit has to allocate its
 * assigned capital in detail; after them, what is still not allocated is listed under
 * "needs attention" (default 90: the first quarter)
 * @param carriedDeadlineDays how close to its own deadline, in days, a carried-over line
 * with a low percent is listed under "needs attention" (default 60)
 * @param carriedLowPercent the percent of plan below which such a line is listed (default
 * 80)
 */
@ConfigurationProperties("app.dashboard")
record DashboardProperties(BigDecimal attentionThresholdVnd, Integer detailedAllocationDays,
		Integer carriedDeadlineDays, BigDecimal carriedLowPercent) {

	DashboardProperties {
		if (attentionThresholdVnd == null) {
			attentionThresholdVnd = BigDecimal.valueOf(1_000_000_000L);
		}
		if (detailedAllocationDays == null) {
			detailedAllocationDays = 90;
		}
		if (carriedDeadlineDays == null) {
			carriedDeadlineDays = 60;
		}
		if (carriedLowPercent == null) {
			carriedLowPercent = BigDecimal.valueOf(80);
		}
	}

	/**
	 * The last day a unit has to allocate the capital of {@code planYear} in detail;
	 * after it, what is still not allocated needs attention.
	 */
	LocalDate detailedAllocationDue(int planYear) {
		return LocalDate.of(planYear, 1, 1).plusDays(this.detailedAllocationDays - 1L);
	}

}
