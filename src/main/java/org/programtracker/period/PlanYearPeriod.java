package org.programtracker.period;

/**
 * A period of a plan year other than its four quarters, as the API names it. The only one
 * is the extension period: what is disbursed after 31 December up to the plan year's
 * deadline, counted in the year's final figures.
 */
public enum PlanYearPeriod {

	EXTENSION;

	/**
	 * The period of a quarter as the API echoes it: {@code EXTENSION}, or {@code null}
	 * for one of the four quarters.
	 */
	public static PlanYearPeriod of(Quarter quarter) {
		return quarter.isExtension() ? EXTENSION : null;
	}

}
