package org.programtracker.period;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A change to the figures of a closed quarter: refused until an administrator reopens it.
 * Subclasses say more precisely why (a plan year's extension period, a quarter closed for
 * one unit's subtree, a unit's approved quarter); pages, the import and the API show
 * {@link #getMessageKey()} with {@link #getMessageArguments(Function)} and answer 409.
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

	/**
	 * The message that says why, with {@link #getMessageArguments(Function)}.
	 */
	public String getMessageKey() {
		return "period.closed";
	}

	/**
	 * The arguments of {@link #getMessageKey()}, dates written the way {@code date}
	 * writes them.
	 */
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return new Object[] { this.quarter.quarter(), this.quarter.year() };
	}

	/**
	 * The problem type the API answers with.
	 */
	public String getProblemType() {
		return "urn:program-tracker:quarter-closed";
	}

	public String getProblemTitle() {
		return "Quarter closed";
	}

	/**
	 * What the API's problem details name besides the message.
	 */
	public Map<String, Object> getProblemProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("year", this.quarter.year());
		properties.put("quarter", this.quarter.quarter());
		return properties;
	}

}
