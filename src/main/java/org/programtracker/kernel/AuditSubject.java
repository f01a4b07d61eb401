package org.programtracker.kernel;

/**
 * The kinds of record whose changes are audited.
 */
public enum AuditSubject {

	ALLOCATION, DISBURSEMENT, PERIOD, ORG_UNIT, PROGRAM, COMPONENT, PLAN_YEAR, ASSIGNMENT, YEAR_END_OUTCOME,

	/**
	 * How a unit's reports, or one report, are headed, signed and sent.
	 */
	REPORT_HEADER,

	/**
	 * A personal API token: made and revoked, never its secret.
	 */
	API_TOKEN

}
