package org.programtracker.disbursement;

import java.math.BigDecimal;

/**
 * A quarter's entry on a plan line as typed, in đồng: the amount, of which advances, and
 * the advances recovered; a note (required to confirm a warning); and the version the
 * caller read ({@code null} when the caller does not know or care, as the API).
 */
public record EntryCommand(BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd, String note,
		Long expectedVersion) {

	public static EntryCommand amount(BigDecimal amountVnd) {
		return new EntryCommand(amountVnd, null, null, null, null);
	}

}
