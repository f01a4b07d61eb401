package org.programtracker.period.internal;

import org.programtracker.period.Quarter;

import org.programtracker.period.PeriodStatus;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;

/**
 * A reporting quarter. Once closed, its figures stay as they were printed for the review
 * conference until an administrator reopens it.
 */
@Entity
@Table(name = "reporting_period")
public class ReportingPeriod extends BaseEntity {

	private int year;

	private int quarter;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PeriodStatus status = PeriodStatus.OPEN;

	private Instant closedAt;

	private String closedBy;

	protected ReportingPeriod() {
	}

	public ReportingPeriod(Quarter quarter) {
		this.year = quarter.year();
		this.quarter = quarter.quarter();
	}

	public void close(String by, Instant at) {
		if (this.status == PeriodStatus.CLOSED) {
			throw new IllegalStateException("The quarter is already closed");
		}
		this.status = PeriodStatus.CLOSED;
		this.closedBy = by;
		this.closedAt = at;
	}

	public void reopen() {
		if (this.status != PeriodStatus.CLOSED) {
			throw new IllegalStateException("Only a closed quarter can be reopened");
		}
		this.status = PeriodStatus.OPEN;
		this.closedBy = null;
		this.closedAt = null;
	}

	public Quarter getQuarter() {
		return new Quarter(this.year, this.quarter);
	}

	public PeriodStatus getStatus() {
		return this.status;
	}

	public boolean isClosed() {
		return this.status == PeriodStatus.CLOSED;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public String getClosedBy() {
		return this.closedBy;
	}

}
