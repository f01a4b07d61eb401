package org.programtracker.kernel;

import java.util.List;

/**
 * Typed input refused where it enters the application, before any rule or arithmetic sees
 * it: a message key and its arguments, for a translated message next to the field (a
 * form) or in a problem detail naming it (the API).
 */
public class InputFormatException extends IllegalArgumentException {

	private final String messageKey;

	private final List<Object> arguments;

	public InputFormatException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.toArray();
	}

	/**
	 * The same refusal, named by the field it concerns.
	 */
	public RuleViolationException forField(String field) {
		return new RuleViolationException(field, this.messageKey, getArguments());
	}

}
