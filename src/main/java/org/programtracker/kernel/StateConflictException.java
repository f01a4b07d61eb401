package org.programtracker.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A change the present state of the records refuses, whoever asks and however often: a
 * decision taken before its time, or a second time. Answered with 409 and the translated
 * reason; a date among the arguments is written the way the page or the API writes dates.
 */
public class StateConflictException extends RuntimeException {

	private final String type;

	private final String messageKey;

	private final List<Object> arguments;

	/**
	 * @param type what is refused, for the API's problem type
	 * ({@code urn:program-tracker:<type>})
	 * @param messageKey the reason's message key
	 * @param arguments its arguments
	 */
	public StateConflictException(String type, String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.type = type;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String getType() {
		return this.type;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

	/**
	 * The arguments, dates written by {@code date}.
	 */
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return this.arguments.stream()
			.map(argument -> (argument instanceof LocalDate day) ? date.apply(day) : argument)
			.toArray();
	}

}
