package org.programtracker.allocation;

/**
 * The budget a plan line is funded from; the central budget unless stated.
 */
public enum FundingSource {

	CENTRAL, LOCAL

}
