package org.programtracker.allocation;

/**
 * An allocation decision, or an adjustment of an earlier one (which may take capital
 * away).
 */
public enum AllocationKind {

	ALLOCATION, ADJUSTMENT

}
