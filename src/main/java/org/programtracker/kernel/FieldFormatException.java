package org.programtracker.kernel;

import java.util.List;

/**
 * Text typed into a field that does not read as its value: a message key and its
 * arguments, for a translated message next to the field that says why.
 */
public class FieldFormatException extends IllegalArgumentException {

	private final String messageKey;

	private final List<Object> arguments;

	FieldFormatException(String messageKey, Object... arguments) {
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

}
