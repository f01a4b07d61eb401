package org.programtracker.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.programtracker.allocation.DecisionRegister.Decision;
import org.programtracker.kernel.DecisionFields;

/**
 * A decision as typed: codes of its plan line and its kind, besides the fields of every
 * decision. Years that do not read stay as typed with their message
 * ({@code typeMismatch.planYear}, {@code typeMismatch.originYear}).
 */
public class DecisionForm extends DecisionFields {

	/**
	 * The checks of a new decision, which also names its plan line.
	 */
	interface NewLine extends Default {

	}

	private String orgUnit;

	private String program;

	private String component;

	private CapitalType capitalType;

	@NotNull(groups = NewLine.class, message = "{field.required}")
	private Integer planYear;

	private Integer originYear;

	private AllocationKind kind;

	static DecisionForm of(Decision decision) {
		DecisionForm form = new DecisionForm();
		form.orgUnit = decision.line().orgUnitCode();
		form.program = decision.line().programCode();
		form.component = decision.line().componentCode();
		form.capitalType = decision.line().capitalType();
		form.planYear = decision.line().planYear();
		form.originYear = decision.line().originYear();
		form.kind = decision.kind();
		form.read(decision);
		return form;
	}

	/**
	 * The decision as far as it was read, for the rules to check every part at once.
	 */
	DecisionDraft draft() {
		return new DecisionDraft(this.orgUnit, this.program, this.component, this.capitalType, this.planYear,
				this.originYear, this.kind, getDecisionNumber(), getDecisionDate(), getAmount(), getNote());
	}

	public String getOrgUnit() {
		return this.orgUnit;
	}

	public void setOrgUnit(String orgUnit) {
		this.orgUnit = orgUnit;
	}

	public String getProgram() {
		return this.program;
	}

	public void setProgram(String program) {
		this.program = program;
	}

	public String getComponent() {
		return this.component;
	}

	public void setComponent(String component) {
		this.component = component;
	}

	public CapitalType getCapitalType() {
		return this.capitalType;
	}

	public void setCapitalType(CapitalType capitalType) {
		this.capitalType = capitalType;
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

	public AllocationKind getKind() {
		return this.kind;
	}

	public void setKind(AllocationKind kind) {
		this.kind = kind;
	}

}
