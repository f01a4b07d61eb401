package org.programtracker.period;

/**
 * A change to the figures of a closed quarter: refused until an administrator reopens it.
 */
public class ClosedPeriodException extends RuntimeException {

	private final Quarter quarter;

	public ClosedPeriodException(Quarter quarter) {
		super("Quarter " + quarter.quarter() + " of " + quarter.year() + " is closed");
		this.quarter = quarter;
	}

	public Quarter getQuarter() {
		return this.quarter;
	}

}
