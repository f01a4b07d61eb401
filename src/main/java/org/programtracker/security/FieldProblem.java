package org.programtracker.security;

import org.programtracker.kernel.RuleViolationException;

/**
 * A rule of the service refused what was typed in one field: the controller shows the
 * message next to that field ({@link org.programtracker.kernel.FormErrors}).
 */
class FieldProblem extends RuleViolationException {

	FieldProblem(String field, String messageKey) {
		super(field, messageKey);
	}

	String field() {
		return getField();
	}

	String messageKey() {
		return getMessageKey();
	}

}
