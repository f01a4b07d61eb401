package org.programtracker.period;

import java.time.LocalDate;

/**
 * A decision that sets a plan year's deadline, as an administrator typed it.
 *
 * @param deadline the new deadline: from the statutory 31 January of the next year to 31
 * December of the next year
 * @param decisionNumber the decision's number, required
 * @param decisionDate the decision's date, when known
 * @param expectedVersion the version of the deadline the caller read ({@code -1} when it
 * read the statutory one), or {@code null} when the caller does not know or care, as the
 * API
 */
public record DeadlineDecision(LocalDate deadline, String decisionNumber, LocalDate decisionDate,
		Long expectedVersion) {

}
