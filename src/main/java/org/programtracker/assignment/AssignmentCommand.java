package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;

/**
 * A new assignment as entered, by codes: the receiving unit, the granting unit
 * ({@code null} or blank: from outside the tree), the program, capital type, funding
 * source (central by default), plan year, origin year (the plan year by default) and the
 * decision, the amount already in đồng.
 */
public record AssignmentCommand(String orgUnit, String from, String program, CapitalType capitalType,
		FundingSource fundingSource, Integer planYear, Integer originYear, String decisionNumber,
		LocalDate decisionDate, BigDecimal amountVnd, String note) {

	public AssignmentDecision decision() {
		return new AssignmentDecision(this.decisionNumber, this.decisionDate, this.amountVnd, this.note);
	}

	public FundingSource fundingSourceOrDefault() {
		return (this.fundingSource == null) ? FundingSource.CENTRAL : this.fundingSource;
	}

	/**
	 * The origin year, the plan year when none is given; {@code null} without either.
	 */
	public Integer originYearOrDefault() {
		return (this.originYear == null) ? this.planYear : this.originYear;
	}

}
