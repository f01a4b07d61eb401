package org.programtracker.assignment.internal;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.DecisionEntity;

/**
 * Capital assigned (giao vốn) to an org unit for a program, capital type, funding source
 * and plan year, by a decision of a higher unit of the tree or of a level outside it (no
 * granting unit: the Prime Minister's or the province's decision). The unit then
 * allocates it in detail to plan lines. A negative amount is an adjustment that takes
 * capital back. The units and the program are other features' records, named by id.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends DecisionEntity {

	@Column(nullable = false, updatable = false)
	private long orgUnitId;

	@Column(updatable = false)
	private Long fromUnitId;

	@Column(nullable = false, updatable = false)
	private long programId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private CapitalType capitalType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private FundingSource fundingSource;

	@Column(nullable = false, updatable = false)
	private int planYear;

	@Column(nullable = false, updatable = false)
	private int originYear;

	protected Assignment() {
	}

	/**
	 * An assignment to {@code orgUnitId} from {@code fromUnitId}, or from outside the
	 * tree when that is {@code null}; central budget unless a funding source is given,
	 * capital of the plan year unless an earlier origin year is given.
	 */
	public Assignment(long orgUnitId, Long fromUnitId, long programId, CapitalType capitalType,
			FundingSource fundingSource, int planYear, Integer originYear) {
		if (fromUnitId != null && fromUnitId == orgUnitId) {
			throw new IllegalArgumentException("A unit cannot assign capital to itself");
		}
		int origin = (originYear == null) ? planYear : originYear;
		if (origin > planYear) {
			throw new IllegalArgumentException("Capital cannot originate after its plan year");
		}
		this.orgUnitId = orgUnitId;
		this.fromUnitId = fromUnitId;
		this.programId = programId;
		this.capitalType = Objects.requireNonNull(capitalType, "An assignment needs a capital type");
		this.fundingSource = (fundingSource == null) ? FundingSource.CENTRAL : fundingSource;
		this.planYear = planYear;
		this.originYear = origin;
	}

	@Override
	protected void requireAllowed(BigDecimal amountVnd) {
		if (amountVnd.signum() == 0) {
			throw new IllegalArgumentException("An assignment of nothing changes nothing");
		}
	}

	/**
	 * Whether the capital comes from outside the tree (central capital, the province).
	 */
	public boolean isFromOutside() {
		return this.fromUnitId == null;
	}

	public boolean isCarriedOver() {
		return this.originYear < this.planYear;
	}

	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public Long getFromUnitId() {
		return this.fromUnitId;
	}

	public long getProgramId() {
		return this.programId;
	}

	public CapitalType getCapitalType() {
		return this.capitalType;
	}

	public FundingSource getFundingSource() {
		return this.fundingSource;
	}

	public int getPlanYear() {
		return this.planYear;
	}

	public int getOriginYear() {
		return this.originYear;
	}

}
