package org.programtracker.progress;

/**
 * Where the rows of a progress table link, for the one table fragment that the progress
 * page, the dashboard and its drill-down share
 * ({@code fragments/progress :: reportTable}).
 */
public interface ProgressTableLinks {

	/**
	 * Where the row's item (program or component) leads; {@code null} for a row without
	 * an item, the capital not assigned to a component.
	 */
	String item(ProgressRow row);

	/**
	 * Where the row's figures lead, {@code null} when they are plain numbers.
	 */
	String figures(ProgressRow row);

}
