package org.programtracker.allocation;

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

}
