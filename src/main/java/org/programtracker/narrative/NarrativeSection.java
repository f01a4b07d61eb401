package org.programtracker.narrative;

/**
 * The two parts of a program's narrative for a quarter.
 */
public enum NarrativeSection {

	/** Khó khăn, vướng mắc: difficulties and obstacles met in the quarter. */
	DIFFICULTY,
	/** Nhiệm vụ trọng tâm: key tasks for the next quarter. */
	KEY_TASK

}
