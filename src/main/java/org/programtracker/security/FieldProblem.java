package org.programtracker.security;

/**
 * A rule of the service refused what was typed in one field: the controller shows the
 * message next to that field.
 */
class FieldProblem extends RuntimeException {

	private final String field;

	private final String messageKey;

	FieldProblem(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	String field() {
		return this.field;
	}

	String messageKey() {
		return this.messageKey;
	}

}
