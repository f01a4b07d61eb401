package org.programtracker.kernel;

import java.util.List;

/**
 * A step the current state of something does not allow (approving a quarter nobody
 * submitted, submitting an approved one): answered 409 with the translated message that
 * says why.
 */
public class StateConflictException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	public StateConflictException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	public Object[] getArguments() {
		return this.arguments.toArray();
	}

}
