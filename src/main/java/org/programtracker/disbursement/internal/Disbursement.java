package org.programtracker.disbursement.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Money;
import org.programtracker.period.Quarter;

/**
 * What was disbursed on a plan line in one quarter of its plan year (or in its extension
 * period, {@link Quarter#EXTENSION}), and of that, how much was paid as advances and how
 * much of earlier advances was recovered. A negative amount is a correction of an earlier
 * quarter.
 */
@Entity
@Table(name = "disbursement")
public class Disbursement extends BaseEntity {

	/**
	 * The allocation feature's plan line, referred to by its id.
	 */
	@Column(name = "plan_line_id", nullable = false)
	private Long planLineId;

	private int quarter;

	@Column(nullable = false)
	private BigDecimal amountVnd;

	@Column(nullable = false)
	private BigDecimal advanceVnd;

	@Column(nullable = false)
	private BigDecimal advanceRecoveredVnd;

	private String note;

	protected Disbursement() {
	}

	public Disbursement(long planLineId, int quarter) {
		if (quarter < 1 || quarter > Quarter.EXTENSION) {
			throw new IllegalArgumentException("A quarter is 1 to 4, or the extension period, not " + quarter);
		}
		this.planLineId = planLineId;
		this.quarter = quarter;
		record(Money.zero(), Money.zero(), Money.zero());
	}

	public final void record(BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd) {
		BigDecimal advance = Money.wholeDong(advanceVnd);
		BigDecimal recovered = Money.wholeDong(advanceRecoveredVnd);
		if (advance.signum() < 0 || recovered.signum() < 0) {
			throw new IllegalArgumentException("Advances and recoveries cannot be negative");
		}
		this.amountVnd = Money.wholeDong(amountVnd);
		this.advanceVnd = advance;
		this.advanceRecoveredVnd = recovered;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public Long getPlanLineId() {
		return this.planLineId;
	}

	public int getQuarter() {
		return this.quarter;
	}

	public BigDecimal getAmountVnd() {
		return this.amountVnd;
	}

	public BigDecimal getAdvanceVnd() {
		return this.advanceVnd;
	}

	public BigDecimal getAdvanceRecoveredVnd() {
		return this.advanceRecoveredVnd;
	}

	public String getNote() {
		return this.note;
	}

}
