package org.programtracker.period.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.period.Quarter;

/**
 * A quarter closed for one unit's subtree only, while the quarter stays open elsewhere.
 * The unit is referred to by id (it belongs to the org-unit feature).
 */
@Entity
@Table(name = "reporting_period_unit")
public class UnitClosure extends BaseEntity {

	private long orgUnitId;

	private int year;

	private int quarter;

	private String closedBy;

	private Instant closedAt;

	protected UnitClosure() {
	}

	public UnitClosure(long orgUnitId, Quarter quarter, String closedBy, Instant closedAt) {
		this.orgUnitId = orgUnitId;
		this.year = quarter.year();
		this.quarter = quarter.quarter();
		this.closedBy = closedBy;
		this.closedAt = closedAt;
	}

	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Quarter getQuarter() {
		return new Quarter(this.year, this.quarter);
	}

	public String getClosedBy() {
		return this.closedBy;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

}
