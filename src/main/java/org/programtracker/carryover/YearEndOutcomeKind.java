package org.programtracker.carryover;

/**
 * What became of a line's remainder after its plan year's deadline: carried over into the
 * next plan year by a decision, or lapsed.
 */
public enum YearEndOutcomeKind {

	CARRIED_OVER, LAPSED

}
