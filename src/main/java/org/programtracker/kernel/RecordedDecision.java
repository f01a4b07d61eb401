package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a recorded decision says, whatever it decides (an allocation, an assignment): its
 * number and date, its exact amount in đồng and its note, with the version of the record
 * read, so that a form can start from it and a conflict can show it beside what was
 * typed.
 */
public interface RecordedDecision {

	String decisionNumber();

	LocalDate decisionDate();

	BigDecimal amountVnd();

	String note();

	long version();

}
