package org.programtracker.importing.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.importing.ImportKind;
import org.programtracker.kernel.BaseEntity;

/**
 * An import that was kept: what it imported into which unit's sheet, for which plan year
 * (and quarter, for disbursements), from which file, by whom and when; and, once undone,
 * by whom and when. Its changes are the audit rows that name it.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch extends BaseEntity {

	@Enumerated(EnumType.STRING)
	private ImportKind kind;

	private long orgUnitId;

	private int year;

	private Integer quarter;

	private String fileName;

	private int rowCount;

	private String createdBy;

	private Instant createdAt;

	private String undoneBy;

	private Instant undoneAt;

	protected ImportBatch() {
	}

	public ImportBatch(ImportKind kind, long orgUnitId, int year, Integer quarter, String fileName, String createdBy,
			Instant createdAt) {
		this.kind = kind;
		this.orgUnitId = orgUnitId;
		this.year = year;
		this.quarter = quarter;
		this.fileName = fileName;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	public void counted(int rowCount) {
		this.rowCount = rowCount;
	}

	public void undone(String username, Instant at) {
		this.undoneBy = username;
		this.undoneAt = at;
	}

	public ImportKind getKind() {
		return this.kind;
	}

	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public int getYear() {
		return this.year;
	}

	public Integer getQuarter() {
		return this.quarter;
	}

	public String getFileName() {
		return this.fileName;
	}

	public int getRowCount() {
		return this.rowCount;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getUndoneBy() {
		return this.undoneBy;
	}

	public Instant getUndoneAt() {
		return this.undoneAt;
	}

	public boolean isUndone() {
		return this.undoneAt != null;
	}

}
