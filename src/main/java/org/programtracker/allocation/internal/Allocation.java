package org.programtracker.allocation.internal;

import org.programtracker.allocation.AllocationKind;

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
import org.programtracker.kernel.DecisionEntity;

/**
 * A decision that allocates capital to a plan line, or adjusts it. The plan of a line as
 * of a date is the sum of its decisions dated on or before that date.
 */
@Entity
@Table(name = "allocation")
public class Allocation extends DecisionEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "plan_line_id")
	private PlanLine planLine;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AllocationKind kind;

	protected Allocation() {
	}

	public Allocation(PlanLine planLine, AllocationKind kind, String decisionNumber, LocalDate decisionDate,
			BigDecimal amountVnd) {
		this.planLine = planLine;
		this.kind = kind;
		decide(decisionNumber, decisionDate, amountVnd);
	}

	@Override
	protected void requireAllowed(BigDecimal amountVnd) {
		if (amountVnd.signum() < 0 && this.kind != AllocationKind.ADJUSTMENT) {
			throw new IllegalArgumentException("Only an adjustment can take capital away");
		}
	}

	public PlanLine getPlanLine() {
		return this.planLine;
	}

	public AllocationKind getKind() {
		return this.kind;
	}

}
