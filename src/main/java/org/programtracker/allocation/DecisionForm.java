package org.programtracker.allocation;

import java.util.Locale;

import org.programtracker.allocation.DecisionRegister.Decision;
import org.programtracker.kernel.Amounts;

/**
 * A decision as typed: codes of its plan line, the date as the date field sends it and
 * the amount in million đồng the user's way; the version read, to detect a conflict.
 */
public class DecisionForm {

	private String orgUnit;

	private String program;

	private String component;

	private CapitalType capitalType;

	private String planYear;

	private String originYear;

	private AllocationKind kind;

	private String decisionNumber;

	private String decisionDate;

	private String amount;

	private String note;

	private long version;

	static DecisionForm of(Decision decision, Locale locale) {
		DecisionForm form = new DecisionForm();
		form.orgUnit = decision.line().orgUnitCode();
		form.program = decision.line().programCode();
		form.component = decision.line().componentCode();
		form.capitalType = decision.line().capitalType();
		form.planYear = String.valueOf(decision.line().planYear());
		form.originYear = String.valueOf(decision.line().originYear());
		form.kind = decision.kind();
		form.decisionNumber = decision.decisionNumber();
		form.decisionDate = decision.decisionDate().toString();
		form.amount = Amounts.formatMillionsForInput(decision.amountVnd(), locale);
		form.note = decision.note();
		form.version = decision.version();
		return form;
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

	public String getPlanYear() {
		return this.planYear;
	}

	public void setPlanYear(String planYear) {
		this.planYear = planYear;
	}

	public String getOriginYear() {
		return this.originYear;
	}

	public void setOriginYear(String originYear) {
		this.originYear = originYear;
	}

	public AllocationKind getKind() {
		return this.kind;
	}

	public void setKind(AllocationKind kind) {
		this.kind = kind;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public String getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(String decisionDate) {
		this.decisionDate = decisionDate;
	}

	public String getAmount() {
		return this.amount;
	}

	public void setAmount(String amount) {
		this.amount = amount;
	}

	public String getNote() {
		return this.note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
