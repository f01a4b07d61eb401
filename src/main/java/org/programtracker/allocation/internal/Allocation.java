package org.programtracker.allocation.internal;

import org.programtracker.allocation.AllocationKind;

import org.programtracker.allocation.PlanLine;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Money;

/**
 * A decision that allocates capital to a plan line, or adjusts it. The plan of a line as
 * of a date is the sum of its decisions dated on or before that date.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_line_id")
	private PlanLine planLine;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AllocationKind kind;

	@Column(nullable = false)
	private String decisionNumber;

	@Column(nullable = false)
	private LocalDate decisionDate;

	@Column(nullable = false)
	private BigDecimal amountVnd;

	private String note;

	protected Allocation() {
	}

	public Allocation(PlanLine planLine, AllocationKind kind, String decisionNumber, LocalDate decisionDate,
			BigDecimal amountVnd) {
		this.planLine = planLine;
		this.kind = kind;
		change(decisionNumber, decisionDate, amountVnd);
	}

	public final void change(String decisionNumber, LocalDate decisionDate, BigDecimal amountVnd) {
		if (decisionNumber == null || decisionNumber.isBlank()) {
			throw new IllegalArgumentException("A decision needs a number");
		}
		if (decisionDate == null) {
			throw new IllegalArgumentException("A decision needs a date");
		}
		BigDecimal amount = Money.wholeDong(amountVnd);
		if (amount.signum() < 0 && this.kind != AllocationKind.ADJUSTMENT) {
			throw new IllegalArgumentException("Only an adjustment can take capital away");
		}
		this.decisionNumber = decisionNumber.strip();
		this.decisionDate = decisionDate;
		this.amountVnd = amount;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public PlanLine getPlanLine() {
		return this.planLine;
	}

	public AllocationKind getKind() {
		return this.kind;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public BigDecimal getAmountVnd() {
		return this.amountVnd;
	}

	public String getNote() {
		return this.note;
	}

}
