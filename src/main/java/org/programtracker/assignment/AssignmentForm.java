package org.programtracker.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.Default;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.MillionVnd;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * An assignment as typed: the codes of the receiving and granting units (no granting
 * unit: from outside the tree) and of the program, the date as the date field sends it
 * ({@code 2024-12-15}, or {@code 15/12/2024} typed), the amount in đồng typed in million
 * đồng the user's way; the version read, to detect a conflict. Text that does not read
 * stays the field's rejected value, so the form shows it again with its message.
 */
public class AssignmentForm {

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

	static AssignmentForm of(AssignmentView assignment) {
		AssignmentForm form = new AssignmentForm();
		form.orgUnit = assignment.orgUnitCode();
		form.from = assignment.fromCode();
		form.program = assignment.programCode();
		form.capitalType = assignment.capitalType();
		form.fundingSource = assignment.fundingSource();
		form.planYear = assignment.planYear();
		form.originYear = assignment.carriedOver() ? assignment.originYear() : null;
		form.decisionNumber = assignment.decisionNumber();
		form.decisionDate = assignment.decisionDate();
		form.amount = assignment.amountVnd();
		form.note = assignment.note();
		form.version = assignment.version();
		return form;
	}

	AssignmentCommand command() {
		return new AssignmentCommand(this.orgUnit, this.from, this.program, this.capitalType, this.fundingSource,
				this.planYear, this.originYear, this.decisionNumber, this.decisionDate, this.amount, this.note);
	}

	AssignmentDecision decision() {
		return new AssignmentDecision(this.decisionNumber, this.decisionDate, this.amount, this.note);
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
