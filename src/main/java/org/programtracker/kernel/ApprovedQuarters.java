package org.programtracker.kernel;

import java.time.LocalDate;

/**
 * The quarters a unit's approver has approved are read-only for the unit until reopened:
 * a decision (an allocation or an assignment) counts in every quarter of its plan year
 * from the one it is dated in, so it is refused while any of them is approved. The
 * features that record decisions ask this; the submission workflow answers.
 */
public interface ApprovedQuarters {

	/**
	 * @throws RuntimeException the refusal (409, naming the approved quarter) when a
	 * quarter the decision counts in is approved for the unit
	 */
	void requireDecisionEditable(long orgUnitId, int planYear, LocalDate decisionDate);

}
