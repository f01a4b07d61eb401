package org.programtracker.period;

public enum PeriodStatus {

	OPEN, CLOSED

}
