package org.programtracker.kernel;

import java.util.regex.Pattern;

/**
 * Business codes (org units, programs, components): upper-case letters, digits and
 * {@code _ . -}.
 */
public final class Codes {

	private static final Pattern FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9_.-]*");

	private Codes() {
	}

	public static String require(String code) {
		if (code == null || !FORMAT.matcher(code).matches() || code.length() > 40) {
			throw new IllegalArgumentException("Not a valid code: " + code);
		}
		return code;
	}

}
