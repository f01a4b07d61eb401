package org.programtracker.disbursement;

import java.math.BigDecimal;

/**
 * One row of the grid as submitted: the text typed in each cell, the version of the entry
 * the page showed ({@code -1} for none) and the values it showed, so that a row the user
 * did not touch is neither written nor reported as a conflict.
 */
public record GridInput(long lineId, long version, String amount, String advance, String recovered, String note,
		BigDecimal shownAmountVnd, BigDecimal shownAdvanceVnd, BigDecimal shownRecoveredVnd, String shownNote) {

}
