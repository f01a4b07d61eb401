package org.programtracker.directive;

/**
 * Where a directive stands; overdue is computed from today's date, never stored.
 */
public enum DirectiveStatus {

	OPEN, OVERDUE, DONE

}
