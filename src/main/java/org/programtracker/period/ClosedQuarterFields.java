package org.programtracker.period;

import org.programtracker.kernel.DecisionFields;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.validation.BindingResult;

/**
 * How a decision's form shows what the service refused on saving: a closed quarter next
 * to the date, in the page's words, any other rule where {@link DecisionFields} puts it.
 */
public final class ClosedQuarterFields {

	private ClosedQuarterFields() {
	}

	/**
	 * Shows {@code ex}, a {@link ClosedPeriodException} or a
	 * {@link RuleViolationException}, on the form: a closed quarter as
	 * {@code closedQuarterKey} with the quarter and its year.
	 */
	public static void reject(BindingResult errors, RuntimeException ex, String closedQuarterKey) {
		if (ex instanceof ClosedPeriodException closed) {
			Quarter quarter = closed.getQuarter();
			DecisionFields.rejectClosedQuarter(errors, closedQuarterKey, quarter.quarter(), quarter.year());
		}
		else {
			DecisionFields.reject(errors, (RuleViolationException) ex);
		}
	}

}
