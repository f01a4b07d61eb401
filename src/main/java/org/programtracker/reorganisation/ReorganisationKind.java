package org.programtracker.reorganisation;

/**
 * What a reorganisation does to a unit from its effective date.
 */
public enum ReorganisationKind {

	/** The unit, with its subtree, goes under another parent. */
	MOVE,

	/**
	 * The unit ends; its lines, units below, users and open directives pass to another
	 * unit.
	 */
	MERGE,

	/** The unit ends; each of its lines passes to one of several successors. */
	SPLIT,

	/** The unit ends, once it has nothing left to pass on; a successor is optional. */
	CLOSE

}
