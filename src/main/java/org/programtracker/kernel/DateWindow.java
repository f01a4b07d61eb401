package org.programtracker.kernel;

import java.time.LocalDate;

/**
 * The days a date typed into a form or sent to the API may name: decisions, deadlines,
 * effective and closing dates of this application's programs all fall between 2000 and
 * 2100, so a year 0 or 99999 is a typing slip or an attack, refused before any rule
 * compares it.
 */
public final class DateWindow {

	public static final LocalDate FIRST = LocalDate.of(2000, 1, 1);

	public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

	private DateWindow() {
	}

	/**
	 * The date as it is, when it lies in the window.
	 * @throws InputFormatException {@code date.outOfRange}, naming the first and last
	 * year
	 */
	public static LocalDate check(LocalDate date) {
		if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
			throw new InputFormatException("date.outOfRange", FIRST.getYear(), LAST.getYear());
		}
		return date;
	}

}
