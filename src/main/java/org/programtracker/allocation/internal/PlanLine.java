package org.programtracker.allocation.internal;

import java.time.LocalDate;

import org.hibernate.annotations.BatchSize;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.allocation.PlanLineView;
import org.programtracker.kernel.BaseEntity;

/**
 * What one investor holds of a program (or one of its components) for a plan year, by
 * capital type and funding source. Capital carried over from an earlier year has its own
 * line, whose origin year is before its plan year. The unit, program and component are
 * other features' and named by id. Other features see a line as a {@link PlanLineView}.
 */
@Entity
@Table(name = "plan_line")
@BatchSize(size = 100)
public class PlanLine extends BaseEntity {

	@Column(name = "org_unit_id", nullable = false)
	private Long orgUnitId;

	@Column(name = "program_id", nullable = false)
	private Long programId;

	@Column(name = "component_id")
	private Long componentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CapitalType capitalType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FundingSource fundingSource;

	private int planYear;

	private int originYear;

	private Long carriedFromId;

	private LocalDate deadline;

	protected PlanLine() {
	}

	/**
	 * A line of the unit, program and component (of that program, or {@code null}) with
	 * these ids.
	 */
	public PlanLine(long orgUnitId, long programId, Long componentId, CapitalType capitalType,
			FundingSource fundingSource, int planYear, int originYear) {
		if (originYear > planYear) {
			throw new IllegalArgumentException("Capital cannot originate after its plan year");
		}
		this.orgUnitId = orgUnitId;
		this.programId = programId;
		this.componentId = componentId;
		this.capitalType = capitalType;
		this.fundingSource = fundingSource == null ? FundingSource.CENTRAL : fundingSource;
		this.planYear = planYear;
		this.originYear = originYear;
	}

	public boolean isCarriedOver() {
		return this.originYear < this.planYear;
	}

	/**
	 * A new line of the unit {@code holderId} with this line's key and own deadline, that
	 * this line's figures pass to when its unit merges into that unit.
	 */
	public PlanLine successorLine(long holderId) {
		PlanLine successor = new PlanLine(holderId, this.programId, this.componentId, this.capitalType,
				this.fundingSource, this.planYear, this.originYear);
		successor.deadline = this.deadline;
		return successor;
	}

	/**
	 * Links this carried-over line to the line of the year before it was carried from,
	 * and sets its own deadline.
	 */
	public void carriedFrom(PlanLine source, LocalDate deadline) {
		if (!isCarriedOver() || source.getPlanYear() != this.planYear - 1) {
			throw new IllegalArgumentException("Only a line of the next plan year can be carried into");
		}
		if (this.carriedFromId != null) {
			throw new IllegalStateException("The line was carried over already");
		}
		this.carriedFromId = source.getId();
		this.deadline = deadline;
	}

	/**
	 * Refuses a write to the line's figures of {@code quarter} on {@code today}, as
	 * {@link PlanLineView#requireOpenForWrites} does.
	 */
	public void requireOpenForWrites(int quarter, LocalDate today) {
		view().requireOpenForWrites(quarter, today);
	}

	/**
	 * The line as it stands now, for other features.
	 */
	public PlanLineView view() {
		return new PlanLineView(getId(), this.orgUnitId, this.programId, this.componentId, this.capitalType,
				this.fundingSource, this.planYear, this.originYear, this.carriedFromId, this.deadline);
	}

	/**
	 * The id of the unit that holds the line.
	 */
	public long getOrgUnitId() {
		return this.orgUnitId;
	}

	public long getProgramId() {
		return this.programId;
	}

	/**
	 * The id of the line's component of its program, {@code null} for a line of the
	 * program as a whole.
	 */
	public Long getComponentId() {
		return this.componentId;
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

	/**
	 * The id of the line this one was carried over from, {@code null} unless carried over
	 * by a decision.
	 */
	public Long getCarriedFromId() {
		return this.carriedFromId;
	}

	/**
	 * The line's own deadline, set when capital is carried over onto it; {@code null}
	 * when it follows its plan year's deadline.
	 */
	public LocalDate getDeadline() {
		return this.deadline;
	}

}
