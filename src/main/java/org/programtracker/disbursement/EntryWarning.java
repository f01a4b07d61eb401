package org.programtracker.disbursement;

/**
 * Something unusual about an entry that is allowed once confirmed with a note.
 */
public enum EntryWarning {

	/** Disbursed in total more than the plan as of the quarter's end. */
	OVER_PLAN("entry.warning.overPlan"),
	/** A negative amount for the quarter: a correction of an earlier one. */
	NEGATIVE("entry.warning.negative");

	private final String messageKey;

	EntryWarning(String messageKey) {
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
