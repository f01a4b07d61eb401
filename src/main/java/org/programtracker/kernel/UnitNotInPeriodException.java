package org.programtracker.kernel;

import java.time.LocalDate;

/**
 * An org unit asked for on a day it did not exist: not yet created, or already merged or
 * closed. Answered with 404 like any unit that cannot be found, with a reason that names
 * the day and the successor, if any.
 */
public class UnitNotInPeriodException extends NotFoundException {

	private final String unitName;

	private final LocalDate day;

	private final String successorCode;

	private final String successorName;

	public UnitNotInPeriodException(String unitCode, String unitName, LocalDate day, String successorCode,
			String successorName) {
		super("orgUnit", unitCode);
		this.unitName = unitName;
		this.day = day;
		this.successorCode = successorCode;
		this.successorName = successorName;
	}

	public String getUnitName() {
		return this.unitName;
	}

	public LocalDate getDay() {
		return this.day;
	}

	public String getSuccessorCode() {
		return this.successorCode;
	}

	public String getSuccessorName() {
		return this.successorName;
	}

	/**
	 * The reason's message key: with or without a successor to name.
	 */
	public String getMessageKey() {
		return (this.successorCode == null) ? "orgUnit.notInPeriod" : "orgUnit.notInPeriodSucceeded";
	}

}
