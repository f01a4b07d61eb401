package org.programtracker.period;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A quarter of a plan year.
 */
public record Quarter(int year, int quarter) {

	public static final int FIRST_YEAR = 1990;

	public static final int LAST_YEAR = 2200;

	public Quarter {
		if (quarter < 1 || quarter > 4) {
			throw new InvalidQuarterException("quarter", Integer.toString(quarter));
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new InvalidQuarterException("year", Integer.toString(year));
		}
	}

	public static Quarter containing(LocalDate date) {
		return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
	}

	/**
	 * The last day of the quarter: the plan as of a quarter counts decisions up to this
	 * day.
	 */
	public LocalDate endDate() {
		return LocalDate.of(this.year, this.quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
	}

	public LocalDate startDate() {
		return LocalDate.of(this.year, this.quarter * 3 - 2, 1);
	}

	public Quarter next() {
		return (this.quarter == 4) ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.quarter + 1);
	}

	public Quarter previousYear() {
		return new Quarter(this.year - 1, this.quarter);
	}

}
