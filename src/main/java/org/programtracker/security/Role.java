package org.programtracker.security;

/**
 * What a user may do. Scopes (which org units) come from the user's home unit.
 */
public enum Role {

	/** Everything, including users, org units, programs and closing quarters. */
	ADMIN,
	/**
	 * The standing agency of a program: consolidates and writes the quarter's narrative.
	 */
	PROGRAM_OFFICER,
	/** Enters plans and disbursements for the units under their own. */
	EDITOR,
	/** The steering committee: reads and prints everything under their unit. */
	VIEWER;

	public String authority() {
		return "ROLE_" + name();
	}

}
