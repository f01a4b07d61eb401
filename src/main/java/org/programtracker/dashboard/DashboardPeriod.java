package org.programtracker.dashboard;

import java.time.LocalDate;

import org.programtracker.period.InvalidQuarterException;
import org.programtracker.period.Quarter;

/**
 * The period a dashboard shows, as chosen in its URL: a year and quarter, or "as of
 * today", which follows the calendar when a bookmarked view is opened later.
 *
 * @param quarter the quarter reported
 * @param asOfToday whether it was chosen as the quarter containing today
 */
record DashboardPeriod(Quarter quarter, boolean asOfToday) {

	static final String TODAY = "today";

	/**
	 * The period of the {@code year} and {@code quarter} parameters: {@code quarter} is 1
	 * to 4 or {@code today}; without either, the latest quarter with figures.
	 */
	static DashboardPeriod of(Integer year, String quarter, LocalDate today, Quarter latestWithFigures) {
		if (TODAY.equals(quarter)) {
			return new DashboardPeriod(Quarter.containing(today), true);
		}
		if (year == null && (quarter == null || quarter.isBlank())) {
			return new DashboardPeriod(latestWithFigures, false);
		}
		int number = 1;
		if (quarter != null && !quarter.isBlank()) {
			try {
				number = Integer.parseInt(quarter.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidQuarterException("quarter", quarter);
			}
		}
		return new DashboardPeriod(new Quarter((year == null) ? today.getYear() : year, number).requireQuarterOfYear(),
				false);
	}

	/**
	 * The value of the {@code quarter} parameter that chooses this period again.
	 */
	String quarterParameter() {
		return this.asOfToday ? TODAY : Integer.toString(this.quarter.quarter());
	}

}
