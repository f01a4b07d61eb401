package org.programtracker.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The rules the fields of every decision follow, whatever it decides (an allocation, an
 * assignment, a plan year's deadline, a carry-over): a number of at most
 * {@value #MAX_NUMBER} characters, a date, an amount in whole đồng, a note of at most
 * {@value #MAX_NOTE}. What a particular decision allows besides (a negative amount, a
 * date in a range) its service checks.
 */
public final class DecisionRules {

	public static final int MAX_NUMBER = 80;

	public static final int MAX_NOTE = 2000;

	private DecisionRules() {
	}

	/**
	 * What is wrong with a decision's number, if anything: there is none, or it is longer
	 * than {@value #MAX_NUMBER} characters once stripped.
	 */
	public static Optional<FieldProblem> numberProblem(String number) {
		if (number == null || number.isBlank()) {
			return Optional.of(FieldProblem.of("decisionNumber", "field.required"));
		}
		if (number.strip().length() > MAX_NUMBER) {
			return Optional.of(FieldProblem.of("decisionNumber", "field.tooLong", MAX_NUMBER));
		}
		return Optional.empty();
	}

	/**
	 * Refuses a decision without a number or with one too long, then one without a date.
	 */
	public static void requireNumberAndDate(String number, LocalDate date) {
		Optional<FieldProblem> problem = numberProblem(number);
		if (problem.isPresent()) {
			throw problem.get().toException();
		}
		if (date == null) {
			throw new RuleViolationException("decisionDate", "field.required");
		}
	}

	/**
	 * Refuses a missing amount, or one with a fraction of a đồng.
	 */
	public static void requireWholeDong(BigDecimal amountVnd) {
		if (amountVnd == null) {
			throw new RuleViolationException("amountVnd", "field.required");
		}
		if (amountVnd.stripTrailingZeros().scale() > 0) {
			throw new RuleViolationException("amountVnd", "amount.fractionOfDong");
		}
	}

	/**
	 * Refuses a note longer than {@value #MAX_NOTE} characters; no note is fine.
	 */
	public static void requireNote(String note) {
		if (note != null && note.length() > MAX_NOTE) {
			throw new RuleViolationException("note", "field.tooLong", MAX_NOTE);
		}
	}

}
