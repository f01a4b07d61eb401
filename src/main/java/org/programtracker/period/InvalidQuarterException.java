package org.programtracker.period;

/**
 * A year or quarter out of range, named by the parameter that carried it.
 */
public class InvalidQuarterException extends IllegalArgumentException {

	private final String parameter;

	private final String value;

	public InvalidQuarterException(String parameter, String value) {
		super("Invalid " + parameter + ": " + value);
		this.parameter = parameter;
		this.value = value;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

}
