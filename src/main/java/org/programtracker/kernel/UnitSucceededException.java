package org.programtracker.kernel;

/**
 * A figure written for an org unit that no longer takes figures: it was merged or closed,
 * and its work passed to a successor. A form shows it next to the unit; the API answers
 * 409 and names the successor.
 */
public class UnitSucceededException extends RuleViolationException {

	private final String successorCode;

	/**
	 * @param field the field naming the unit
	 * @param unitName the unit's name
	 * @param successorCode the successor's code, {@code null} when it has none
	 * @param successorName the successor's name, {@code null} when it has none
	 */
	public UnitSucceededException(String field, String unitName, String successorCode, String successorName) {
		super(field, "orgUnit.closedForFigures", unitName, (successorName != null) ? successorName : "—");
		this.successorCode = successorCode;
	}

	public String getSuccessorCode() {
		return this.successorCode;
	}

}
