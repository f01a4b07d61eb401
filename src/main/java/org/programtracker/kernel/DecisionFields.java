package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.validation.BindingResult;

/**
 * The fields of a decision as a form types them, whatever it decides: the number, the
 * date as the date field sends it ({@code 2024-07-15}, or {@code 15/07/2024} typed), the
 * amount in đồng typed in million đồng the user's way, a note, and the version read, to
 * detect a conflict. Text that does not read stays the field's rejected value, so the
 * form shows it again with its message. A form of a particular decision adds what it
 * decides on.
 */
public abstract class DecisionFields {

	/**
	 * The service's name of a field that the form calls otherwise.
	 */
	private static final Map<String, String> FORM_FIELDS = Map.of("amountVnd", "amount");

	@NotBlank(message = "{field.required}")
	private String decisionNumber;

	@NotNull(message = "{field.required}")
	private LocalDate decisionDate;

	@NotNull(message = "{field.required}")
	@MillionVnd
	private BigDecimal amount;

	private String note;

	private long version;

	/**
	 * Shows a rule the service refused next to the field it names, or above the form.
	 */
	public static void reject(BindingResult errors, RuleViolationException violation) {
		FormErrors.reject(errors, violation, FORM_FIELDS);
	}

	/**
	 * Shows next to the date that the decision would move the figures of a closed
	 * quarter, in the page's words: {@code messageKey} with the quarter and its year.
	 */
	public static void rejectClosedQuarter(BindingResult errors, String messageKey, int quarter, int year) {
		errors.rejectValue("decisionDate", messageKey, new Object[] { quarter, year }, null);
	}

	/**
	 * Starts the fields from a recorded decision.
	 */
	protected void read(RecordedDecision decision) {
		this.decisionNumber = decision.decisionNumber();
		this.decisionDate = decision.decisionDate();
		this.amount = decision.amountVnd();
		this.note = decision.note();
		this.version = decision.version();
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
