package org.programtracker.assignment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.DecisionFields;

/**
 * An assignment as typed: the codes of the receiving and granting units (no granting
 * unit: from outside the tree) and of the program, its capital type, funding source and
 * years, besides the fields of every decision.
 */
public class AssignmentForm extends DecisionFields {

	/**
	 * The checks of a new assignment, which also says what is assigned to whom.
	 */
	interface NewAssignment extends Default {

	}

	private String orgUnit;

	private String from;

	private String program;

	private CapitalType capitalType;

	private FundingSource fundingSource;

	@NotNull(groups = NewAssignment.class, message = "{field.required}")
	private Integer planYear;

	private Integer originYear;

	static AssignmentForm of(AssignmentView assignment) {
		AssignmentForm form = new AssignmentForm();
		form.orgUnit = assignment.orgUnitCode();
		form.from = assignment.fromCode();
		form.program = assignment.programCode();
		form.capitalType = assignment.capitalType();
		form.fundingSource = assignment.fundingSource();
		form.planYear = assignment.planYear();
		form.originYear = assignment.carriedOver() ? assignment.originYear() : null;
		form.read(assignment);
		return form;
	}

	AssignmentCommand command() {
		return new AssignmentCommand(this.orgUnit, this.from, this.program, this.capitalType, this.fundingSource,
				this.planYear, this.originYear, getDecisionNumber(), getDecisionDate(), getAmount(), getNote());
	}

	AssignmentDecision decision() {
		return new AssignmentDecision(getDecisionNumber(), getDecisionDate(), getAmount(), getNote());
	}

	public String getOrgUnit() {
		return this.orgUnit;
	}

	public void setOrgUnit(String orgUnit) {
		this.orgUnit = orgUnit;
	}

	public String getFrom() {
		return this.from;
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public CapitalType getCapitalType() {
		return this.capitalType;
	}

	public void setCapitalType(CapitalType capitalType) {
		this.capitalType = capitalType;
	}

	public FundingSource getFundingSource() {
		return this.fundingSource;
	}

	public void setFundingSource(FundingSource fundingSource) {
		this.fundingSource = fundingSource;
	}

	public Integer getPlanYear() {
		return this.planYear;
	}

	public void setPlanYear(Integer planYear) {
		this.planYear = planYear;
	}

	public Integer getOriginYear() {
		return this.originYear;
	}

	public void setOriginYear(Integer originYear) {
		this.originYear = originYear;
	}

}
