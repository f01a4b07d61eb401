package org.programtracker.allocation;

import java.time.LocalDate;

import org.programtracker.period.Quarter;

/**
 * A plan line as other features see it: what one investor holds of a program (or one of
 * its components) for a plan year, by capital type and funding source, the unit, program
 * and component named by id. Capital carried over from an earlier year has its own line,
 * whose origin year is before its plan year.
 *
 * @param id the line's id
 * @param orgUnitId the unit that holds the line
 * @param programId the line's program
 * @param componentId the line's component of its program, {@code null} for a line of the
 * program as a whole
 * @param capitalType the capital type
 * @param fundingSource the funding source
 * @param planYear the plan year
 * @param originYear the year the capital originates in, before the plan year for capital
 * carried over
 * @param carriedFromId the line this one was carried over from, {@code null} unless
 * carried over by a decision
 * @param deadline the line's own deadline, set when capital is carried over onto it;
 * {@code null} when it follows its plan year's deadline
 */
public record PlanLineView(long id, long orgUnitId, long programId, Long componentId, CapitalType capitalType,
		FundingSource fundingSource, int planYear, int originYear, Long carriedFromId, LocalDate deadline) {

	public boolean carriedOver() {
		return this.originYear < this.planYear;
	}

	/**
	 * Refuses a write to a carried-over line's figures of {@code quarter} on
	 * {@code today}: after the line's own deadline, and in the extension period unless
	 * that deadline lies after 31 December of its plan year. A line without a deadline of
	 * its own follows its plan year's.
	 */
	public void requireOpenForWrites(int quarter, LocalDate today) {
		if (this.deadline == null) {
			return;
		}
		if (today.isAfter(this.deadline)) {
			throw new CarriedLineClosedException(this, false);
		}
		if (quarter == Quarter.EXTENSION && !this.deadline.isAfter(LocalDate.of(this.planYear, 12, 31))) {
			throw new CarriedLineClosedException(this, true);
		}
	}

}
