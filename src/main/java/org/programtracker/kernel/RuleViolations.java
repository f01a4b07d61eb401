package org.programtracker.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rule a request breaks instead of stopping at the first, so that a form
 * shows all its messages at once, each beside its field, and the API lists them all.
 * {@link #check} runs a rule that throws a {@link RuleViolationException};
 * {@link #throwIfAny} throws them together as one {@link Refused}.
 */
public final class RuleViolations {

	private final List<RuleViolationException> found = new ArrayList<>();

	/**
	 * Runs {@code rule}, keeping what it refuses.
	 * @return this, to chain checks
	 */
	public RuleViolations check(Runnable rule) {
		try {
			rule.run();
		}
		catch (Refused many) {
			this.found.addAll(many.violations());
		}
		catch (RuleViolationException violation) {
			this.found.add(violation);
		}
		return this;
	}

	public RuleViolations add(RuleViolationException violation) {
		this.found.add(violation);
		return this;
	}

	/**
	 * Whether a violation names {@code field}: a later rule of the same field (an
	 * amount's sign after its being whole đồng) is then not checked.
	 */
	public boolean names(String field) {
		return this.found.stream().anyMatch(violation -> field.equals(violation.getField()));
	}

	public boolean isEmpty() {
		return this.found.isEmpty();
	}

	public List<RuleViolationException> all() {
		return List.copyOf(this.found);
	}

	/**
	 * Throws what was found: the one violation as it is, several as a {@link Refused}.
	 */
	public void throwIfAny() {
		if (this.found.size() == 1) {
			throw this.found.get(0);
		}
		if (!this.found.isEmpty()) {
			throw new Refused(this.found);
		}
	}

	/**
	 * Several rules refused at once; as a {@link RuleViolationException} it is the first
	 * of them, for a caller that shows one.
	 */
	public static class Refused extends RuleViolationException {

		private final List<RuleViolationException> violations;

		Refused(List<RuleViolationException> violations) {
			super(violations.get(0).getField(), violations.get(0).getMessageKey(), violations.get(0).getArguments());
			this.violations = List.copyOf(violations);
		}

		public List<RuleViolationException> violations() {
			return this.violations;
		}

	}

}
