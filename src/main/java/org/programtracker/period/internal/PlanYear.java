package org.programtracker.period.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.period.Quarter;

/**
 * The deadline of a plan year as a decision set it; a year without one has the statutory
 * deadline, 31 January of the next year. A decision may only extend it, at most to 31
 * December of the next year.
 */
@Entity
@Table(name = "plan_year")
public class PlanYear extends BaseEntity {

	@Column(nullable = false, unique = true)
	private int year;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(nullable = false)
	private String decisionNumber;

	private LocalDate decisionDate;

	protected PlanYear() {
	}

	public PlanYear(int year) {
		this.year = year;
	}

	public void setDeadline(LocalDate deadline, String decisionNumber, LocalDate decisionDate) {
		if (deadline.isBefore(Quarter.statutoryDeadline(this.year))
				|| deadline.isAfter(Quarter.latestDeadline(this.year))) {
			throw new IllegalArgumentException("The deadline of plan year " + this.year + " cannot be " + deadline);
		}
		this.deadline = deadline;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
	}

	public int getYear() {
		return this.year;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

}
