package org.programtracker.period;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * A quarter of a plan year, or its extension period: what is disbursed after 31 December
 * up to the plan year's deadline, kept as quarter {@value #EXTENSION}. Disbursed "up to
 * quarter Q" sums the quarters 1 to Q, so that it never counts the extension period for
 * the four quarters, while the year's final figures (up to the extension) do.
 */
public record Quarter(int year, int quarter) {

	public static final int FIRST_YEAR = 1990;

	public static final int LAST_YEAR = 2200;

	/**
	 * The number the extension period of a plan year has among its quarters.
	 */
	public static final int EXTENSION = 5;

	public Quarter {
		if (quarter < 1 || quarter > EXTENSION) {
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
	 * The first quarter of a plan year whose figures a decision of this date counts in:
	 * the quarter it falls in, the first for a decision of an earlier year (capital is
	 * assigned in December for the next year), the last for one of a later year (an
	 * adjustment up to the plan year's deadline).
	 */
	public static Quarter firstCounting(int planYear, LocalDate decisionDate) {
		if (decisionDate.getYear() < planYear) {
			return new Quarter(planYear, 1);
		}
		if (decisionDate.getYear() > planYear) {
			return new Quarter(planYear, 4);
		}
		return containing(decisionDate);
	}

	/**
	 * The extension period of a plan year.
	 */
	public static Quarter extension(int year) {
		return new Quarter(year, EXTENSION);
	}

	/**
	 * The deadline of a plan year unless a decision sets a later one: 31 January of the
	 * next year.
	 */
	public static LocalDate statutoryDeadline(int year) {
		return LocalDate.of(year + 1, 1, 31);
	}

	/**
	 * The latest deadline a decision may set for a plan year: 31 December of the next
	 * year.
	 */
	public static LocalDate latestDeadline(int year) {
		return LocalDate.of(year + 1, 12, 31);
	}

	public boolean isExtension() {
		return this.quarter == EXTENSION;
	}

	/**
	 * This quarter, refused as an invalid quarter when it is the extension period: for
	 * what only the four quarters of a year have (closing, submissions, the quarterly
	 * review and its documents).
	 */
	public Quarter requireQuarterOfYear() {
		if (isExtension()) {
			throw new InvalidQuarterException("quarter", Integer.toString(this.quarter));
		}
		return this;
	}

	/**
	 * The last day of the quarter: the plan as of a quarter counts decisions up to this
	 * day. For the extension period, the statutory deadline; a decision may set a later
	 * one ({@link PlanYearService#planAsOf(Quarter)}).
	 */
	public LocalDate endDate() {
		if (isExtension()) {
			return statutoryDeadline(this.year);
		}
		return LocalDate.of(this.year, this.quarter * 3, 1).with(TemporalAdjusters.lastDayOfMonth());
	}

	/**
	 * The first day of the quarter; for the extension period, 1 January of the next year.
	 */
	public LocalDate startDate() {
		if (isExtension()) {
			return LocalDate.of(this.year + 1, 1, 1);
		}
		return LocalDate.of(this.year, this.quarter * 3 - 2, 1);
	}

	/**
	 * The quarter after this one: after the fourth quarter, and after the extension
	 * period, the first quarter of the next year.
	 */
	public Quarter next() {
		return (this.quarter >= 4) ? new Quarter(this.year + 1, 1) : new Quarter(this.year, this.quarter + 1);
	}

	public Quarter previousYear() {
		return new Quarter(this.year - 1, this.quarter);
	}

}
