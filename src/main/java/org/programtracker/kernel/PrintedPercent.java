package org.programtracker.kernel;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a percent as a published report printed it ({@code 39,7} or {@code 39,7%} in
 * Vietnamese, {@code 39.7} in English), keeping its printed precision: 39,7 stays one
 * decimal, so that it can be checked at that precision. The other language's decimal
 * separator is refused, never guessed.
 */
public final class PrintedPercent {

	private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,4})(?:,(\\d{1,4}))?\\s*%?");

	private static final Pattern ENGLISH = Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?\\s*%?");

	private PrintedPercent() {
	}

	/**
	 * The percent that {@code text} stands for, with the decimals it was printed with;
	 * {@code null} for blank text.
	 * @throws AmountFormatException with the key {@code percent.malformed} when the text
	 * is not such a percent
	 */
	public static BigDecimal parse(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		boolean english = "en".equals(locale.getLanguage());
		Matcher matcher = (english ? ENGLISH : VIETNAMESE).matcher(text.strip());
		if (!matcher.matches()) {
			throw new AmountFormatException("percent.malformed");
		}
		String decimals = matcher.group(2);
		return new BigDecimal(matcher.group(1) + ((decimals != null) ? "." + decimals : ""));
	}

	/**
	 * A printed percent written back the way {@link #parse} reads it in this locale.
	 */
	public static String format(BigDecimal percent, Locale locale) {
		if (percent == null) {
			return "";
		}
		String plain = percent.toPlainString();
		return "en".equals(locale.getLanguage()) ? plain : plain.replace('.', ',');
	}

}
