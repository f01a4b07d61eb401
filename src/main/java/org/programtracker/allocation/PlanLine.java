package org.programtracker.allocation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.orgunit.OrgUnit;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.period.Quarter;

/**
 * What one investor holds of a program (or one of its components) for a plan year, by
 * capital type and funding source. Capital carried over from an earlier year has its own
 * line, whose origin year is before its plan year.
 */
@Entity
@Table(name = "plan_line")
public class PlanLine extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "org_unit_id")
	private OrgUnit orgUnit;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "program_id")
	private Program program;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "component_id")
	private ProgramComponent component;

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

	public PlanLine(OrgUnit orgUnit, Program program, ProgramComponent component, CapitalType capitalType,
			FundingSource fundingSource, int planYear, int originYear) {
		if (component != null && component.getProgram() != program) {
			throw new IllegalArgumentException("The component does not belong to the program");
		}
		if (originYear > planYear) {
			throw new IllegalArgumentException("Capital cannot originate after its plan year");
		}
		this.orgUnit = orgUnit;
		this.program = program;
		this.component = component;
		this.capitalType = capitalType;
		this.fundingSource = fundingSource == null ? FundingSource.CENTRAL : fundingSource;
		this.planYear = planYear;
		this.originYear = originYear;
	}

	public boolean isCarriedOver() {
		return this.originYear < this.planYear;
	}

	/**
	 * Links this carried-over line to the line of the year before it was carried from,
	 * and sets its own deadline.
	 */
	/**
	 * A new line of {@code holder} with this line's key and own deadline, that this
	 * line's figures pass to when its unit merges into {@code holder}.
	 */
	PlanLine successorLine(OrgUnit holder) {
		PlanLine successor = new PlanLine(holder, this.program, this.component, this.capitalType, this.fundingSource,
				this.planYear, this.originYear);
		successor.deadline = this.deadline;
		return successor;
	}

	void carriedFrom(PlanLine source, LocalDate deadline) {
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
	 * Refuses a write to a carried-over line's figures of {@code quarter} on
	 * {@code today}: after the line's own deadline, and in the extension period unless
	 * that deadline lies after 31 December of its plan year. A line without a deadline of
	 * its own follows its plan year's.
	 */
	public void requireOpenForWrites(int quarter, LocalDate today) {
		if (this.deadline == null) {
			return;
		}
		if (today.isAfter(this.deadline)) {
			throw new CarriedLineClosedException(this, false);
		}
		if (quarter == Quarter.EXTENSION && !this.deadline.isAfter(LocalDate.of(this.planYear, 12, 31))) {
			throw new CarriedLineClosedException(this, true);
		}
	}

	public OrgUnit getOrgUnit() {
		return this.orgUnit;
	}

	public Program getProgram() {
		return this.program;
	}

	public ProgramComponent getComponent() {
		return this.component;
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
