package org.programtracker.kernel;

/**
 * Text that is not a day written day, month, year, or names a day that does not exist
 * (31/02/2024): a message key and its arguments, for a translated message next to the
 * field.
 */
public class DateFormatException extends InputFormatException {

	DateFormatException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
