package org.programtracker.kernel;

import java.util.List;

/**
 * A change the rules refuse, named by the field at fault (or {@code null} for the whole
 * request) and a message key, so that pages show it translated next to the field and the
 * API names the field in its problem details.
 */
public class RuleViolationException extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final List<Object> arguments;

	public RuleViolationException(String field, String messageKey, Object... arguments) {
		super(messageKey + ((field == null) ? "" : " (" + field + ")"));
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getField() {
		return this.field;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.toArray();
	}

}
