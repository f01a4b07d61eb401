package org.programtracker.kernel;

/**
 * Text that is not an amount, or could be read as two different ones: a message key and
 * its arguments, for a translated message next to the field.
 */
public class AmountFormatException extends InputFormatException {

	AmountFormatException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
