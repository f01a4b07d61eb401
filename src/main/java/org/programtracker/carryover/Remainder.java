package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.LocalizedName;

/**
 * One line of a plan year at its end: its final figures, what is left of its plan, and
 * what became of it once decided.
 *
 * @param lineId the plan line's id
 * @param unitCode the holder's code
 * @param unitName the holder's name
 * @param programCode the program
 * @param componentCode the component, {@code null} for the program as a whole
 * @param componentName that component's name
 * @param capitalType investment or recurrent capital
 * @param fundingSource the funding source's code
 * @param originYear the year the capital was first planned, which a carried line keeps
 * @param planVnd the plan as of the plan year's deadline
 * @param disbursedVnd disbursed in the four quarters and the extension period
 * @param remainderVnd plan − disbursed, exact
 * @param outcome what became of it, {@code null} while undecided
 * @param decidedVnd the amount carried over or lapsed, once decided
 * @param carriedLineId the line of the next year it was carried onto, if carried
 * @param decisionNumber the decision, once decided
 * @param decisionDate its date, once decided
 * @param existingLineId a line of the next year with the same key that was entered by
 * hand: carrying over adds the remainder to it (while undecided)
 * @param existingPlanVnd that line's plan today
 */
public record Remainder(long lineId, String unitCode, String unitName, String programCode, String componentCode,
		LocalizedName componentName, CapitalType capitalType, String fundingSource, int originYear, BigDecimal planVnd,
		BigDecimal disbursedVnd, BigDecimal remainderVnd, YearEndOutcomeKind outcome, BigDecimal decidedVnd,
		Long carriedLineId, String decisionNumber, LocalDate decisionDate, Long existingLineId,
		BigDecimal existingPlanVnd) {

	public boolean decided() {
		return this.outcome != null;
	}

	/**
	 * Whether there is something left to decide: a positive remainder, not yet decided.
	 */
	public boolean candidate() {
		return !decided() && this.remainderVnd.signum() > 0;
	}

}
