package org.programtracker.allocation;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.programtracker.allocation.DecisionRegister.Decision;
import org.programtracker.kernel.MillionVnd;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A decision as typed: codes of its plan line, the date as the date field sends it
 * ({@code 2024-07-15}, or {@code 15/07/2024} typed), the amount in đồng typed in million
 * đồng the user's way; the version read, to detect a conflict. Text that does not read
 * stays the field's rejected value, so the form shows it again with its message
 * ({@code typeMismatch.planYear}, {@code typeMismatch.originYear} for the years).
 */
public class DecisionForm {

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

	@NotBlank(message = "{field.required}")
	private String decisionNumber;

	@NotNull(message = "{field.required}")
	@DateTimeFormat(iso = ISO.DATE, fallbackPatterns = "dd/MM/yyyy")
	private LocalDate decisionDate;

	@NotNull(message = "{field.required}")
	@MillionVnd
	private BigDecimal amount;

	private String note;

	private long version;

	static DecisionForm of(Decision decision) {
		DecisionForm form = new DecisionForm();
		form.orgUnit = decision.line().orgUnitCode();
		form.program = decision.line().programCode();
		form.component = decision.line().componentCode();
		form.capitalType = decision.line().capitalType();
		form.planYear = decision.line().planYear();
		form.originYear = decision.line().originYear();
		form.kind = decision.kind();
		form.decisionNumber = decision.decisionNumber();
		form.decisionDate = decision.decisionDate();
		form.amount = decision.amountVnd();
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

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public void setDecisionNumber(String decisionNumber) {
		this.decisionNumber = decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public void setDecisionDate(LocalDate decisionDate) {
		this.decisionDate = decisionDate;
	}

	public BigDecimal getAmount() {
		return this.amount;
	}

	public void setAmount(BigDecimal amount) {
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
