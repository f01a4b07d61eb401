package org.programtracker.administration;

import org.programtracker.kernel.RuleViolationException;

import org.springframework.validation.BindingResult;

/**
 * How the administration pages read numbers typed as text and show a refused rule: each
 * message next to its field, or above the form when the rule names no field.
 */
final class FormErrors {

	private FormErrors() {
	}

	/**
	 * The whole number typed in {@code field}, {@code null} when blank; a message next to
	 * the field when it is not a number.
	 */
	static Integer wholeNumber(BindingResult errors, String field, String text, String messageKey,
			Object... arguments) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, messageKey, arguments, null);
			return null;
		}
	}

	static void reject(BindingResult errors, RuleViolationException violation) {
		if (violation.getField() == null) {
			errors.reject(violation.getMessageKey(), violation.getArguments(), null);
		}
		else {
			errors.rejectValue(violation.getField(), violation.getMessageKey(), violation.getArguments(), null);
		}
	}

}
