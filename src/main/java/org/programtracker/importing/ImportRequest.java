package org.programtracker.importing;

import java.io.Serializable;

import org.programtracker.period.Quarter;

/**
 * What is imported and where: the kind, the plan year, the quarter (disbursements only; 5
 * for the extension period) and the unit whose sheet it is ({@code null}: the caller's
 * own).
 */
public record ImportRequest(ImportKind kind, int year, Integer quarter, String orgUnit) implements Serializable {

	public ImportRequest {
		if (kind.perQuarter() && quarter == null) {
			throw new IllegalArgumentException("A disbursement import is of a quarter");
		}
		if (!kind.perQuarter()) {
			quarter = null;
		}
	}

	/**
	 * The quarter of a disbursement import.
	 */
	public Quarter period() {
		return new Quarter(this.year, this.quarter);
	}

}
