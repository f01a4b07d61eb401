package org.programtracker.kernel;

/**
 * One feature's part of the demo district, which the feature loads itself from its CSV
 * files (see {@link DemoFiles}) through its own entities. In demo mode the parts are
 * loaded into an empty database in one transaction, in the order their beans are
 * annotated with ({@code @Order}): org units first, then programs, plan lines and
 * decisions, entries, closed quarters, accounts, and the review conference.
 */
public interface DemoDataSet {

	/**
	 * Loads this part. Runs inside the loading transaction, after every part of a lower
	 * order.
	 */
	void load();

}
