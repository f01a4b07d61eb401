package org.programtracker.kernel;

import java.util.List;

/**
 * One thing wrong with one field: the field's name, a message key and its arguments.
 */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

	public static FieldProblem of(String field, String messageKey, Object... arguments) {
		return new FieldProblem(field, messageKey, List.of(arguments));
	}

	public RuleViolationException toException() {
		return new RuleViolationException(this.field, this.messageKey, this.arguments.toArray());
	}

}
