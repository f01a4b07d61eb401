package org.programtracker.dashboard;

import org.programtracker.period.InvalidQuarterException;
import org.programtracker.period.Quarter;
import org.programtracker.period.WorkingPeriod;

/**
 * The period a dashboard shows, as chosen in its URL: a year and quarter, or "the latest
 * figures", which follows the period being worked on when a bookmarked view is opened
 * later.
 *
 * @param quarter the quarter reported
 * @param asOfToday whether it was chosen as the latest figures, the period being worked
 * on
 */
record DashboardPeriod(Quarter quarter, boolean asOfToday) {

	static final String TODAY = "today";

	/**
	 * The period of the {@code year} and {@code quarter} parameters: {@code quarter} is 1
	 * to 4 or {@code today} (the latest figures); without either, the period being worked
	 * on.
	 */
	static DashboardPeriod of(Integer year, String quarter, WorkingPeriod working) {
		if (TODAY.equals(quarter)) {
			return new DashboardPeriod(working.quarter(), true);
		}
		if (year == null && (quarter == null || quarter.isBlank())) {
			return new DashboardPeriod(working.quarter(), false);
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
		return new DashboardPeriod(new Quarter(working.chooseYear(year), number).requireQuarterOfYear(), false);
	}

	/**
	 * The value of the {@code quarter} parameter that chooses this period again.
	 */
	String quarterParameter() {
		return this.asOfToday ? TODAY : Integer.toString(this.quarter.quarter());
	}

}
