package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * An entity that records a decision: its number, its date, its amount in whole đồng and a
 * note. Which amounts the decision may make besides (a negative one, none) the entity
 * says.
 */
@MappedSuperclass
public abstract class DecisionEntity extends BaseEntity {

	@Column(nullable = false)
	private String decisionNumber;

	@Column(nullable = false)
	private LocalDate decisionDate;

	@Column(nullable = false)
	private BigDecimal amountVnd;

	private String note;

	/**
	 * Sets the decision: its number, date and amount in whole đồng.
	 */
	public final void decide(String decisionNumber, LocalDate decisionDate, BigDecimal amountVnd) {
		if (decisionNumber == null || decisionNumber.isBlank()) {
			throw new IllegalArgumentException("A decision needs a number");
		}
		if (decisionDate == null) {
			throw new IllegalArgumentException("A decision needs a date");
		}
		BigDecimal amount = Money.wholeDong(amountVnd);
		requireAllowed(amount);
		this.decisionNumber = decisionNumber.strip();
		this.decisionDate = decisionDate;
		this.amountVnd = amount;
	}

	/**
	 * Refuses an amount that this kind of decision cannot make.
	 * @throws IllegalArgumentException saying why
	 */
	protected abstract void requireAllowed(BigDecimal amountVnd);

	/**
	 * The note, stripped; a blank one is none.
	 */
	public void setNote(String note) {
		this.note = (note == null || note.isBlank()) ? null : note.strip();
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
