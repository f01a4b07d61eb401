package org.programtracker.kernel;

import java.util.Map;

import org.springframework.validation.BindingResult;

/**
 * How every form page shows a rule the service refused: the message next to the field the
 * rule names, or above the form when it names none, or none of the form's fields; every
 * rule of a {@link RuleViolations.Refused} so, a field that already shows a message
 * keeping it.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult errors, RuleViolationException violation) {
		reject(errors, violation, Map.of());
	}

	/**
	 * The same, for a form whose fields the service calls by other names:
	 * {@code formFields} maps the service's name to the form's ({@code amountVnd} →
	 * {@code amount}).
	 */
	public static void reject(BindingResult errors, RuleViolationException violation, Map<String, String> formFields) {
		if (violation instanceof RuleViolations.Refused many) {
			many.violations().forEach(each -> reject(errors, each, formFields));
			return;
		}
		String field = (violation.getField() == null) ? null
				: formFields.getOrDefault(violation.getField(), violation.getField());
		if (field == null || errors.getFieldType(field) == null) {
			errors.reject(violation.getMessageKey(), violation.getArguments(), null);
		}
		else if (!errors.hasFieldErrors(field)) {
			// A field keeps the first message it has: what it was typed as before a rule
			// on it.
			errors.rejectValue(field, violation.getMessageKey(), violation.getArguments(), null);
		}
	}

}
