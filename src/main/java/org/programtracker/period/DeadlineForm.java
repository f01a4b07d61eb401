package org.programtracker.period;

import java.time.LocalDate;

/**
 * The plan year's deadline as the administrator's page posts it, with the version of the
 * deadline it showed ({@code -1} for the statutory one).
 */
public class DeadlineForm {

	private LocalDate deadline;

	private String decisionNumber;

	private LocalDate decisionDate;

	private long version = -1;

	static DeadlineForm of(PlanYearDeadline deadline) {
		DeadlineForm form = new DeadlineForm();
		form.deadline = deadline.deadline();
		form.decisionNumber = deadline.decisionNumber();
		form.decisionDate = deadline.decisionDate();
		form.version = deadline.version();
		return form;
	}

	DeadlineDecision decision() {
		return new DeadlineDecision(this.deadline, this.decisionNumber, this.decisionDate, this.version);
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
