package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import java.time.ZoneOffset;
import java.util.List;

import org.programtracker.kernel.DemoDataSet;
import org.programtracker.period.internal.ReportingPeriodRepository;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quarters of 2023 and the first of 2024 were reviewed at their conferences and
 * closed five days after they ended.
 */
@Component
@Order(5)
class PeriodDemoData implements DemoDataSet {

	private static final ZoneOffset VIETNAM_TIME = ZoneOffset.ofHours(7);

	private final ReportingPeriodRepository periods;

	PeriodDemoData(ReportingPeriodRepository periods) {
		this.periods = periods;
	}

	@Override
	public void load() {
		List.of(new Quarter(2023, 1), new Quarter(2023, 2), new Quarter(2023, 3), new Quarter(2023, 4),
				new Quarter(2024, 1))
			.forEach(quarter -> {
				ReportingPeriod period = new ReportingPeriod(quarter);
				period.close("admin", quarter.endDate().plusDays(5).atTime(16, 30).toInstant(VIETNAM_TIME));
				this.periods.save(period);
			});
	}

}
