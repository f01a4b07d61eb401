package org.programtracker.kernel;

/**
 * The kinds of record whose changes are audited.
 */
public enum AuditSubject {

	ALLOCATION, DISBURSEMENT, PERIOD, ORG_UNIT, PROGRAM, COMPONENT, PLAN_YEAR, ASSIGNMENT, YEAR_END_OUTCOME

}
