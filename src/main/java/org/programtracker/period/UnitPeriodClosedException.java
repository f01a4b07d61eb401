package org.programtracker.period;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

/**
 * A change to a unit's figures of a quarter an administrator closed for a subtree that
 * holds the unit, while the quarter may still be open elsewhere.
 */
public class UnitPeriodClosedException extends ClosedPeriodException {

	private final String closedUnitCode;

	private final String closedUnitName;

	public UnitPeriodClosedException(Quarter quarter, String closedUnitCode, String closedUnitName) {
		super(quarter, "Quarter " + quarter.quarter() + " of " + quarter.year() + " is closed for " + closedUnitCode);
		this.closedUnitCode = closedUnitCode;
		this.closedUnitName = closedUnitName;
	}

	/**
	 * The unit whose subtree the quarter was closed for.
	 */
	public String getClosedUnitCode() {
		return this.closedUnitCode;
	}

	@Override
	public String getMessageKey() {
		return "period.closedForUnit";
	}

	@Override
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return new Object[] { getQuarter().quarter(), getQuarter().year(), this.closedUnitName };
	}

	@Override
	public Map<String, Object> getProblemProperties() {
		Map<String, Object> properties = super.getProblemProperties();
		properties.put("closedFor", this.closedUnitCode);
		return properties;
	}

}
