package org.programtracker.disbursement.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.disbursement.SubmissionState;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.period.Quarter;

/**
 * A unit's quarter on its way from submitted to approved: the latest submission and the
 * latest decision on it (approved, returned or reopened, with its reason). Every
 * transition is in the audit trail.
 */
@Entity
@Table(name = "quarter_submission")
public class QuarterSubmission extends BaseEntity {

	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

	private int year;

	private int quarter;

	@Enumerated(EnumType.STRING)
	private SubmissionState state;

	private String submittedBy;

	private Instant submittedAt;

	private String decidedBy;

	private Instant decidedAt;

	private String reason;

	protected QuarterSubmission() {
	}

	public QuarterSubmission(long orgUnitId, Quarter quarter, String submittedBy, Instant submittedAt) {
		this.orgUnitId = orgUnitId;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
		this.state = SubmissionState.SUBMITTED;
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	/**
	 * Submitted again, after a return or a reopening: the decision before stays until the
	 * next one.
	 */
	public void submit(String by, Instant at) {
		this.state = SubmissionState.SUBMITTED;
		this.submittedBy = by;
		this.submittedAt = at;
	}

	public void approve(String by, Instant at) {
		decide(SubmissionState.APPROVED, by, at, null);
	}

	public void giveBack(String by, Instant at, String reason) {
		decide(SubmissionState.RETURNED, by, at, reason);
	}

	public void reopen(String by, Instant at, String reason) {
		decide(SubmissionState.OPEN, by, at, reason);
	}

	private void decide(SubmissionState state, String by, Instant at, String reason) {
		this.state = state;
		this.decidedBy = by;
		this.decidedAt = at;
		this.reason = reason;
	}

	/**
	 * The id of the unit whose quarter this is.
	 */
	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public SubmissionState getState() {
		return this.state;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public int getQuarter() {
		return this.quarter;
	}

}
