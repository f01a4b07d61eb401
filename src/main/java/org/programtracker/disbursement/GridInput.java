package org.programtracker.disbursement;

import java.math.BigDecimal;

/**
 * One row of the grid as submitted: the amounts typed in its cells ({@code null} for a
 * blank cell), the version of the entry the page showed ({@code -1} for none) and the
 * values it showed, so that a row the user did not touch is neither written nor reported
 * as a conflict. A {@code refused} row had a cell whose text did not read: the form says
 * so beside that cell, and the service checks the row no further and writes nothing.
 */
public record GridInput(long lineId, long version, boolean refused, BigDecimal amount, BigDecimal advance,
		BigDecimal recovered, String note, BigDecimal shownAmountVnd, BigDecimal shownAdvanceVnd,
		BigDecimal shownRecoveredVnd, String shownNote) {

}
