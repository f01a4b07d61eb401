package org.programtracker.disbursement.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.BaseEntity;

/**
 * A unit's word that its figures for a quarter are complete.
 */
@Entity
@Table(name = "quarter_submission")
public class QuarterSubmission extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	private int year;

	private int quarter;

	private String submittedBy;

	private Instant submittedAt;

	protected QuarterSubmission() {
	}

	public QuarterSubmission(OrgUnit orgUnit, Quarter quarter, String submittedBy, Instant submittedAt) {
		this.orgUnit = orgUnit;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
		this.submittedBy = submittedBy;
		this.submittedAt = submittedAt;
	}

	public OrgUnit getOrgUnit() {
		return this.orgUnit;
	}

	public String getSubmittedBy() {
		return this.submittedBy;
	}

	public Instant getSubmittedAt() {
		return this.submittedAt;
	}

}
