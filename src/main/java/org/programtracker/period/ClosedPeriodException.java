package org.programtracker.period;

/**
 * A change to the figures of a closed quarter: refused until an administrator reopens it.
 */
public class ClosedPeriodException extends RuntimeException {

	private final Quarter quarter;

	public ClosedPeriodException(Quarter quarter) {
		this(quarter, "Quarter " + quarter.quarter() + " of " + quarter.year() + " is closed");
	}

	protected ClosedPeriodException(Quarter quarter, String message) {
		super(message);
		this.quarter = quarter;
	}

	public Quarter getQuarter() {
		return this.quarter;
	}

}
