package org.programtracker.period;

import java.time.LocalDate;

/**
 * A plan year's deadline: until when its capital may be disbursed, and the decision that
 * set it, if any.
 *
 * @param year the plan year
 * @param deadline the last day on which the extension period takes figures
 * @param decisionNumber the decision that set it; {@code null} for the statutory deadline
 * @param decisionDate the decision's date, when known
 * @param version the version of the decision's record, {@code -1} without a decision
 * @param state the extension period's state today
 */
public record PlanYearDeadline(int year, LocalDate deadline, String decisionNumber, LocalDate decisionDate,
		long version, ExtensionState state) {

	/**
	 * Where the extension period stands on a day: not begun while the plan year lasts,
	 * open up to the deadline, ended after it.
	 */
	public enum ExtensionState {

		NOT_STARTED, OPEN, ENDED

	}

	public boolean byDecision() {
		return this.decisionNumber != null;
	}

	/**
	 * The first day of the extension period: 1 January of the next year.
	 */
	public LocalDate extensionStart() {
		return Quarter.extension(this.year).startDate();
	}

	public LocalDate statutoryDeadline() {
		return Quarter.statutoryDeadline(this.year);
	}

	public LocalDate latestDeadline() {
		return Quarter.latestDeadline(this.year);
	}

	/**
	 * Whether the extension period takes figures today.
	 */
	public boolean open() {
		return this.state == ExtensionState.OPEN;
	}

}
