package org.programtracker.importing;

import java.time.Instant;

/**
 * An import that was kept, as its register lists it, and whether it was undone.
 */
public record ImportBatchView(long id, ImportKind kind, String orgUnitCode, String orgUnitName, int year,
		Integer quarter, String fileName, int rowCount, String createdBy, Instant createdAt, String undoneBy,
		Instant undoneAt) {

	public boolean undone() {
		return this.undoneAt != null;
	}

}
