package org.programtracker.dashboard;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the dashboard.
 *
 * @param attentionThresholdVnd the smallest plan, in đồng, for which a lagging unit or
 * line is listed under "needs attention" (default one billion đồng)
 */
@ConfigurationProperties("app.dashboard")
record DashboardProperties(BigDecimal attentionThresholdVnd) {

	DashboardProperties {
		if (attentionThresholdVnd == null) {
			attentionThresholdVnd = BigDecimal.valueOf(1_000_000_000L);
		}
	}

}
