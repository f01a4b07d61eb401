package org.programtracker.administration;

import java.util.regex.Pattern;

import org.programtracker.kernel.RuleViolationException;

/**
 * The checks every administration form shares, each named by its field.
 */
final class Validation {

	private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,39}");

	static final int MAX_SORT_ORDER = 9999;

	private Validation() {
	}

	static String code(String code) {
		if (code == null || code.isBlank()) {
			throw new RuleViolationException("code", "field.required");
		}
		String stripped = code.strip();
		if (!CODE.matcher(stripped).matches()) {
			throw new RuleViolationException("code", "admin.codeFormat");
		}
		return stripped;
	}

	static String name(String field, String name, int maxLength) {
		if (name == null || name.isBlank()) {
			throw new RuleViolationException(field, "field.required");
		}
		if (name.strip().length() > maxLength) {
			throw new RuleViolationException(field, "field.tooLong", maxLength);
		}
		return name.strip();
	}

	static int sortOrder(int sortOrder) {
		if (sortOrder < 0 || sortOrder > MAX_SORT_ORDER) {
			throw new RuleViolationException("sortOrder", "admin.sortOrderRange", MAX_SORT_ORDER);
		}
		return sortOrder;
	}

}
