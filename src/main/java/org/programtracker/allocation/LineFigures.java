package org.programtracker.allocation;

import java.math.BigDecimal;

/**
 * A plan line's figures for a period of its plan year, as the read model keeps them
 * (table {@code line_figure}): the plan as of the period and what was disbursed up to it,
 * with those of the lines it carries.
 *
 * @param planVnd the decisions counting as of the period, in đồng
 * @param disbursedVnd the entries of quarters 1 up to the period, in đồng
 */
public record LineFigures(BigDecimal planVnd, BigDecimal disbursedVnd) {

	/**
	 * The period after every other: every decision whatever its date, every entry.
	 * Periods 1 to 4 are the quarters, 5 the extension period up to the deadline.
	 */
	public static final int END_OF_TIME = 6;

	/** A line without any decision or entry. */
	public static final LineFigures ZERO = new LineFigures(BigDecimal.ZERO, BigDecimal.ZERO);

}
