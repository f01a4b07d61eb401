package org.programtracker.kernel;

/**
 * Where a line stands against its plan. A state, not only a number: a line with no plan
 * has no percentage at all.
 */
public enum ProgressStatus {

	/** No plan: nothing allocated, or decisions that sum to zero. */
	NOT_ALLOCATED,
	/** A plan, nothing disbursed yet. */
	NOT_STARTED,
	/** Between nothing and the whole plan. */
	IN_PROGRESS,
	/** Exactly the plan, to the đồng. */
	COMPLETED,
	/** More than the plan: shown as it is and flagged for review. */
	OVER_PLAN

}
