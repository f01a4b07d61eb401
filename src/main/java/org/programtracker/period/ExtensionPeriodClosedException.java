package org.programtracker.period;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A change to the figures of a plan year's extension period when they take none: before
 * the year is over (what is disbursed up to 31 December belongs to the fourth quarter),
 * or after the plan year's deadline.
 */
public class ExtensionPeriodClosedException extends ClosedPeriodException {

	private final LocalDate deadline;

	private final boolean started;

	public ExtensionPeriodClosedException(int year, LocalDate deadline, boolean started) {
		super(Quarter.extension(year),
				started ? "The disbursement deadline of plan year " + year + " ended on " + deadline
						: "The extension period of plan year " + year + " has not begun");
		this.deadline = deadline;
		this.started = started;
	}

	public int getYear() {
		return getQuarter().year();
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	/**
	 * Whether the extension period had begun: then its deadline has passed.
	 */
	public boolean hasStarted() {
		return this.started;
	}

	/**
	 * The message that says why, with {@link #getMessageArguments(Function)}.
	 */
	@Override
	public String getMessageKey() {
		return this.started ? "period.extension.ended" : "period.extension.notStarted";
	}

	/**
	 * The plan year, and the deadline (after it) or the first day of the extension period
	 * (before it), written the way {@code date} writes dates.
	 */
	@Override
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return new Object[] { getYear(), date.apply(this.started ? this.deadline : getQuarter().startDate()) };
	}

}
