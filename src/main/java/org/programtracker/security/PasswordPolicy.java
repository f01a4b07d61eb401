package org.programtracker.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What makes a password acceptable: at least {@value #MINIMUM_LENGTH} characters, at most
 * {@value #MAXIMUM_BYTES} bytes (what bcrypt reads), not the username, and not one of the
 * very common passwords shipped in {@code security/common-passwords.txt} (nor such a word
 * with digits or symbols around it, nor one character repeated).
 */
@Component
public class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	static final int MAXIMUM_BYTES = 72;

	private final Set<String> common;

	PasswordPolicy() {
		this.common = load();
	}

	/**
	 * The message keys of what is wrong with {@code password}; empty when it is fine.
	 */
	public List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
			problems.add("password.tooShort");
			return problems;
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			problems.add("password.tooLong");
			return problems;
		}
		String normalized = password.strip().toLowerCase(Locale.ROOT);
		if (username != null && normalized.contains(username.strip().toLowerCase(Locale.ROOT)) && !username.isBlank()) {
			problems.add("password.containsUsername");
		}
		else if (isCommon(normalized)) {
			problems.add("password.tooCommon");
		}
		return problems;
	}

	private boolean isCommon(String normalized) {
		if (normalized.chars().distinct().count() <= 2) {
			return true;
		}
		String word = normalized.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
		String digits = normalized.replaceAll("[^0-9]", "");
		return this.common.contains(normalized) || this.common.contains(normalized.replace(" ", ""))
				|| (!word.isEmpty() && this.common.contains(word))
				|| (digits.length() == normalized.length() && isRun(digits));
	}

	/**
	 * 123456789012 and 987654321098: digits counting up or down.
	 */
	private static boolean isRun(String digits) {
		boolean up = true;
		boolean down = true;
		for (int i = 1; i < digits.length(); i++) {
			int step = (digits.charAt(i) - digits.charAt(i - 1) + 10) % 10;
			up &= step == 1;
			down &= step == 9;
		}
		return up || down;
	}

	private static Set<String> load() {
		try (InputStream input = new ClassPathResource("security/common-passwords.txt").getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
