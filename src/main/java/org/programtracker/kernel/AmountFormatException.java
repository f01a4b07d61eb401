package org.programtracker.kernel;

import java.util.List;

/**
 * Text that is not an amount, or could be read as two different ones: a message key and
 * its arguments, for a translated message next to the field.
 */
public class AmountFormatException extends IllegalArgumentException {

	private final String messageKey;

	private final List<Object> arguments;

	AmountFormatException(String messageKey, Object... arguments) {
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
