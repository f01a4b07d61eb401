package org.programtracker.disbursement;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quarter's entry on a plan line as it stands: amounts in đồng, and its note.
 */
public record EntryValues(BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal recoveredVnd, String note) {

	/**
	 * The same amounts (whatever their scale) and the same note.
	 */
	public boolean sameAs(EntryValues other) {
		return other != null && same(this.amountVnd, other.amountVnd) && same(this.advanceVnd, other.advanceVnd)
				&& same(this.recoveredVnd, other.recoveredVnd) && Objects.equals(this.note, other.note);
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
