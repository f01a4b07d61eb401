package org.programtracker.kernel;

/**
 * What was done to an audited subject.
 */
public enum AuditAction {

	CREATE, CHANGE, DELETE, CLOSE, REOPEN, SUBMIT, APPROVE, RETURN, MOVE, MERGE, SPLIT,

	/**
	 * An API token was revoked.
	 */
	REVOKE

}
