package org.programtracker.allocation;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * A write to a carried-over line that its own deadline refuses: the deadline has passed,
 * or the line has no extension period (its deadline is 31 December of its plan year).
 */
public class CarriedLineClosedException extends RuntimeException {

	private final long planLineId;

	private final int planYear;

	private final LocalDate deadline;

	private final boolean noExtension;

	CarriedLineClosedException(PlanLineView line, boolean noExtension) {
		super(noExtension
				? "Carried-over line " + line.id() + " has no extension period: its deadline is " + line.deadline()
				: "The deadline of carried-over line " + line.id() + " ended on " + line.deadline());
		this.planLineId = line.id();
		this.planYear = line.planYear();
		this.deadline = line.deadline();
		this.noExtension = noExtension;
	}

	public long getPlanLineId() {
		return this.planLineId;
	}

	public int getPlanYear() {
		return this.planYear;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getMessageKey() {
		return this.noExtension ? "carryOver.line.noExtension" : "carryOver.line.deadlinePassed";
	}

	/**
	 * The plan year and the line's deadline, written the way {@code date} writes dates.
	 */
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return new Object[] { this.planYear, date.apply(this.deadline) };
	}

}
