package org.programtracker.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts are exact {@link BigDecimal}s in whole đồng (scale 0); reports show million
 * đồng.
 */
public final class Money {

	public static final BigDecimal VND_PER_MILLION = BigDecimal.valueOf(1_000_000);

	/**
	 * The most digits an amount typed or sent may have: 999,999,999,999 million đồng,
	 * what a form takes ({@link Amounts}), so that sums of many of them still fit
	 * {@code NUMERIC(19,0)}.
	 */
	public static final int MAX_DIGITS = 18;

	/**
	 * What {@code NUMERIC(19,0)} holds.
	 */
	private static final int COLUMN_DIGITS = 19;

	private Money() {
	}

	/**
	 * The amount in whole đồng with scale 0, refusing any fraction of a đồng.
	 */
	public static BigDecimal wholeDong(BigDecimal amount) {
		if (amount == null) {
			throw new IllegalArgumentException("An amount is required");
		}
		if (integerDigits(amount) > COLUMN_DIGITS) {
			throw new IllegalArgumentException("An amount in đồng has at most " + COLUMN_DIGITS + " digits");
		}
		try {
			return amount.setScale(0);
		}
		catch (ArithmeticException ex) {
			throw new IllegalArgumentException("An amount in đồng cannot have a fraction: " + amount, ex);
		}
	}

	/**
	 * An amount received from outside (a JSON number in đồng) checked before anything
	 * computes with it: at most {@link #MAX_DIGITS} digits and no fraction of a đồng,
	 * decided from its precision and scale alone, so that {@code 1e1000000} is refused
	 * without ever being written out; {@code null} stays {@code null}.
	 * @throws InputFormatException {@code amount.tooLarge} or
	 * {@code amount.fractionOfDong}
	 */
	public static BigDecimal checkedDong(BigDecimal amount) {
		if (amount == null) {
			return null;
		}
		if (amount.signum() == 0) {
			return BigDecimal.ZERO;
		}
		if (integerDigits(amount) > MAX_DIGITS) {
			throw new InputFormatException("amount.tooLarge");
		}
		if (amount.scale() > 0 && amount.stripTrailingZeros().scale() > 0) {
			throw new InputFormatException("amount.fractionOfDong");
		}
		return amount.setScale(0, RoundingMode.UNNECESSARY);
	}

	/**
	 * Digits before the decimal point of a non-zero amount, without expanding it.
	 */
	private static long integerDigits(BigDecimal amount) {
		return (amount.signum() == 0) ? 0 : (long) amount.precision() - amount.scale();
	}

	public static BigDecimal fromMillions(BigDecimal millions) {
		return wholeDong(millions.multiply(VND_PER_MILLION));
	}

	public static BigDecimal zero() {
		return BigDecimal.ZERO;
	}

}
