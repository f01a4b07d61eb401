package org.programtracker.disbursement.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.period.Quarter;

/**
 * A unit's quarter approved for one program by that program's standing agency: the unit's
 * figures of the program in the quarter are read-only until the agency reopens it (which
 * deletes the row; the audit trail keeps both).
 */
@Entity
@Table(name = "quarter_program_approval")
public class ProgramApproval extends BaseEntity {

	private long orgUnitId;

	private int year;

	private int quarter;

	private long programId;

	private String approvedBy;

	private Instant approvedAt;

	protected ProgramApproval() {
	}

	public ProgramApproval(long orgUnitId, Quarter quarter, long programId, String approvedBy, Instant approvedAt) {
		this.orgUnitId = orgUnitId;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
		this.programId = programId;
		this.approvedBy = approvedBy;
		this.approvedAt = approvedAt;
	}

	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public int getQuarter() {
		return this.quarter;
	}

	public long getProgramId() {
		return this.programId;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	public Instant getApprovedAt() {
		return this.approvedAt;
	}

}
