package org.programtracker.carryover.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.programtracker.carryover.YearEndOutcomeKind;
import org.programtracker.kernel.BaseEntity;
import org.programtracker.kernel.Money;

/**
 * What became of one plan line's remainder at the end of its plan year, decided once: the
 * exact amount carried over (onto {@code carriedLineId}) or lapsed, by which decision,
 * who recorded it and when. Plan lines are referred to by id.
 */
@Entity
@Table(name = "year_end_outcome")
public class YearEndOutcome extends BaseEntity {

	@Column(nullable = false)
	private Long planLineId;

	private int planYear;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private YearEndOutcomeKind outcome;

	@Column(nullable = false)
	private BigDecimal amountVnd;

	private Long carriedLineId;

	@Column(nullable = false)
	private String decisionNumber;

	@Column(nullable = false)
	private LocalDate decisionDate;

	@Column(nullable = false)
	private String decidedBy;

	@Column(nullable = false)
	private Instant decidedAt;

	protected YearEndOutcome() {
	}

	public YearEndOutcome(long planLineId, int planYear, YearEndOutcomeKind outcome, BigDecimal amountVnd,
			Long carriedLineId, String decisionNumber, LocalDate decisionDate, String decidedBy, Instant decidedAt) {
		BigDecimal amount = Money.wholeDong(amountVnd);
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("Only a positive remainder is carried over or lapses");
		}
		if ((outcome == YearEndOutcomeKind.CARRIED_OVER) != (carriedLineId != null)) {
			throw new IllegalArgumentException("A carried-over remainder names its line, a lapsed one none");
		}
		this.planLineId = planLineId;
		this.planYear = planYear;
		this.outcome = outcome;
		this.amountVnd = amount;
		this.carriedLineId = carriedLineId;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.decidedBy = decidedBy;
		this.decidedAt = decidedAt;
	}

	public Long getPlanLineId() {
		return this.planLineId;
	}

	public int getPlanYear() {
		return this.planYear;
	}

	public YearEndOutcomeKind getOutcome() {
		return this.outcome;
	}

	public BigDecimal getAmountVnd() {
		return this.amountVnd;
	}

	public Long getCarriedLineId() {
		return this.carriedLineId;
	}

	public String getDecisionNumber() {
		return this.decisionNumber;
	}

	public LocalDate getDecisionDate() {
		return this.decisionDate;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

}
