package org.programtracker.carryover;

import java.time.LocalDate;
import java.util.Map;

/**
 * A decision on the remainders of a plan year's lines.
 *
 * @param decisionNumber the decision's number
 * @param decisionDate its date
 * @param carriedDeadline the deadline of the carried lines, {@code null} for 31 December
 * of the year they are carried into
 * @param choices carry over or lapse, by line id; {@code null} carries every remainder
 * not yet decided
 */
public record CarryOverDecision(String decisionNumber, LocalDate decisionDate, LocalDate carriedDeadline,
		Map<Long, YearEndOutcomeKind> choices) {

	/**
	 * Carries every remainder not yet decided, as the API does.
	 */
	public static CarryOverDecision carryingEverything(String decisionNumber, LocalDate decisionDate) {
		return new CarryOverDecision(decisionNumber, decisionDate, null, null);
	}

}
