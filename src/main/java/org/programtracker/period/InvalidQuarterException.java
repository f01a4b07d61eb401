package org.programtracker.period;

/**
 * A year or quarter out of range, named by the parameter that carried it, with what to
 * give instead when that needs saying.
 */
public class InvalidQuarterException extends IllegalArgumentException {

	private final String parameter;

	private final String value;

	private final String expected;

	public InvalidQuarterException(String parameter, String value) {
		this(parameter, value, null);
	}

	public InvalidQuarterException(String parameter, String value, String expected) {
		super("Invalid " + parameter + ": " + value + ((expected == null) ? "" : " (" + expected + ")"));
		this.parameter = parameter;
		this.value = value;
		this.expected = expected;
	}

	public String getParameter() {
		return this.parameter;
	}

	public String getValue() {
		return this.value;
	}

	/**
	 * What the caller should give instead, in English for the API, or {@code null}.
	 */
	public String getExpected() {
		return this.expected;
	}

}
