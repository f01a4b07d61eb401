package org.programtracker.disbursement;

import java.util.Arrays;

/**
 * Where a unit's quarter stands in its submission: {@link #OPEN} while the unit enters
 * its figures (also after the approver reopened it), {@link #SUBMITTED} once it says they
 * are complete (still editable until decided), {@link #APPROVED} by the unit above
 * (read-only for the unit until reopened), or {@link #RETURNED} with a reason (editable,
 * to submit again).
 */
public enum SubmissionState {

	OPEN, SUBMITTED, APPROVED, RETURNED;

	/**
	 * Whether the unit has handed in its figures and they await or passed approval.
	 */
	public boolean handedIn() {
		return this == SUBMITTED || this == APPROVED;
	}

	/**
	 * The names of the states that count as {@linkplain #handedIn() handed in}, as the
	 * database stores them.
	 */
	public static String[] handedInNames() {
		return Arrays.stream(values()).filter(SubmissionState::handedIn).map(Enum::name).toArray(String[]::new);
	}

}
