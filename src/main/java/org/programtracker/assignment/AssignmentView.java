package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.RecordedDecision;

/**
 * An assignment as pages, the API and other features read it: the receiving unit, the
 * granting unit ({@code null} codes when the capital comes from outside the tree), the
 * program by code and name, and the decision with its exact amount in đồng.
 */
public record AssignmentView(long id, long version, String orgUnitCode, String orgUnitName, String fromCode,
		String fromName, String programCode, LocalizedName programName, CapitalType capitalType,
		FundingSource fundingSource, int planYear, int originYear, String decisionNumber, LocalDate decisionDate,
		BigDecimal amountVnd, String note) implements RecordedDecision {

	/**
	 * Whether the capital comes from outside the tree: central capital, by the Prime
	 * Minister's or the province's decision.
	 */
	public boolean fromOutside() {
		return this.fromCode == null;
	}

	public boolean carriedOver() {
		return this.originYear < this.planYear;
	}

	/**
	 * Whether the decision takes capital back.
	 */
	public boolean adjustment() {
		return this.amountVnd.signum() < 0;
	}

}
