package org.programtracker.kernel;

import java.math.BigDecimal;

/**
 * Amounts are exact {@link BigDecimal}s in whole đồng (scale 0); reports show million
 * đồng.
 */
public final class Money {

	public static final BigDecimal VND_PER_MILLION = BigDecimal.valueOf(1_000_000);

	private Money() {
	}

	/**
	 * The amount in whole đồng with scale 0, refusing any fraction of a đồng.
	 */
	public static BigDecimal wholeDong(BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("An amount is required");
		}
		try {
			return amount.setScale(0);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("An amount in đồng cannot have a fraction: " + amount, ex);
		}
	}

	public static BigDecimal fromMillions(BigDecimal millions) {
		return wholeDong(millions.multiply(VND_PER_MILLION));
	}

	public static BigDecimal zero() {
		return BigDecimal.ZERO;
	}

}
