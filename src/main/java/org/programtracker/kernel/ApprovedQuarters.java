package org.programtracker.kernel;

import java.time.LocalDate;

/**
 * The quarters a unit's approver has approved (the unit above for all its programs, or a
 * program's standing agency for its program) are read-only for the unit until reopened: a
 * decision (an allocation or an assignment) counts in every quarter of its plan year from
 * the one it is dated in, so it is refused while any of them is approved. The features
 * that record decisions ask this; the submission workflow answers.
 */
public interface ApprovedQuarters {

	/**
	 * @throws RuntimeException the refusal (409, naming the approved quarter) when a
	 * quarter the decision counts in is approved for the unit, or for the unit and the
	 * decision's program
	 */
	void requireDecisionEditable(long orgUnitId, long programId, int planYear, LocalDate decisionDate);

}
