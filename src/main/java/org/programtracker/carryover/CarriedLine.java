package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;

/**
 * A line of the next plan year that a remainder was carried onto, as the API answers it.
 *
 * @param planVnd its plan after the carry-over: exactly the remainder on a new line
 * @param carriedFromId the line it was carried from
 */
public record CarriedLine(long id, String orgUnit, String program, String component, CapitalType capitalType,
		FundingSource fundingSource, int planYear, int originYear, BigDecimal planVnd, LocalDate deadline,
		long carriedFromId) {

}
