package org.programtracker.kernel;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads amounts as people type them, in million đồng, into exact đồng: the one place
 * where typed text becomes money.
 * <p>
 * Vietnamese writes {@code 2.487} (dots group thousands) and {@code 1.234,5} (a comma
 * before the decimals); English writes {@code 2,487} and {@code 1,234.5}. Digits without
 * any separator ({@code 2487}) read the same in both. A minus sign marks a correction.
 * <p>
 * Nothing is guessed. Refused as <em>ambiguous</em>: a number whose only separator is the
 * language's decimal separator followed by exactly three digits, after one to three
 * digits that do not start with 0 — {@code 1,234} in Vietnamese, {@code 1.234} in English
 * — because it is exactly how the other language groups thousands, and people copy
 * figures from spreadsheets set to either. Write {@code 1.234} (Vietnamese) for the whole
 * number, or add a zero ({@code 1,2340}) for the decimal. Refused as malformed: the other
 * language's separators ({@code 2.5} in Vietnamese), groups that are not three digits,
 * letters, a plus sign.
 * <p>
 * Spaces are read as spreadsheets leave them, the same way as the grid's script reads
 * them: any kind around the number (a non-breaking space after a copied cell) is ignored,
 * and spaces between groups of three digits of the whole part group thousands as the
 * language's separator does ({@code 2 487} and {@code 2\u00a0487,5} in Vietnamese, as
 * spreadsheets set to French write them); any other space is refused. Refused: more than
 * six decimals (a fraction of a đồng), more than twelve digits before the decimals.
 */
public final class Amounts {

	private static final int MAX_MILLION_DIGITS = 12;

	private static final int MAX_DECIMALS = 6;

	/**
	 * The spaces spreadsheets and word processors write between digits, as a character
	 * class's content: the ordinary one, a tab, the non-breaking one, the figure, thin
	 * and narrow non-breaking ones. The grid's script (js/grid.js) has the same list.
	 */
	static final String SPACES = " \\t\\u00a0\\u2007\\u2009\\u202f";

	/**
	 * What may stand around a typed value: those spaces, line ends, a zero-width space or
	 * a byte-order mark.
	 */
	private static final String AROUND = SPACES + "\\n\\x0B\\f\\r\\ufeff\\u200b";

	private static final Pattern OUTER_SPACES = Pattern.compile("^[" + AROUND + "]+|[" + AROUND + "]+$");

	private Amounts() {
	}

	/**
	 * The text without the spaces of any kind around it (a cell copied from a spreadsheet
	 * often ends in a non-breaking space or a tab).
	 */
	public static String withoutSpreadsheetSpaces(String text) {
		return OUTER_SPACES.matcher(text).replaceAll("");
	}

	/**
	 * The amount in đồng that {@code text}, in million đồng, stands for in this locale's
	 * way of writing numbers; {@code null} for blank text.
	 * @throws AmountFormatException when the text is not an amount or could be two
	 */
	public static BigDecimal parseMillions(String text, Locale locale) {
		String typed = (text == null) ? "" : withoutSpreadsheetSpaces(text);
		if (typed.isEmpty()) {
			return null;
		}
		Style style = Style.of(locale);
		String input = style.spacesAsGroups(typed);
		boolean negative = input.startsWith("-") || input.startsWith("\u2212");
		String unsigned = negative ? input.substring(1) : input;

		Matcher matcher = style.number.matcher(unsigned);
		if (!matcher.matches()) {
			if (style.foreignDecimal.matcher(unsigned).matches()) {
				throw new AmountFormatException("amount.decimalSeparator");
			}
			throw new AmountFormatException("amount.malformed");
		}
		String whole = matcher.group(1).replace(String.valueOf(style.group), "");
		String decimals = (matcher.group(2) == null) ? "" : matcher.group(2);
		if (style.ambiguous.matcher(unsigned).matches()) {
			String sign = negative ? "-" : "";
			throw new AmountFormatException("amount.ambiguous", input, sign + whole + style.group + decimals,
					input + "0");
		}
		String significant = whole.replaceFirst("^0+(?=\\d)", "");
		if (significant.length() > MAX_MILLION_DIGITS) {
			throw new AmountFormatException("amount.tooLarge");
		}
		if (decimals.length() > MAX_DECIMALS && !decimals.substring(MAX_DECIMALS).chars().allMatch(c -> c == '0')) {
			throw new AmountFormatException("amount.tooPrecise");
		}
		BigDecimal millions = new BigDecimal(whole + (decimals.isEmpty() ? "" : "." + decimals));
		BigDecimal dong = Money.wholeDong(millions.movePointRight(6).stripTrailingZeros().setScale(0));
		return negative ? dong.negate() : dong;
	}

	/**
	 * An amount in đồng written so that {@link #parseMillions} reads it back exactly: all
	 * its decimals, grouped, and with a trailing zero where it would otherwise be
	 * ambiguous ({@code 1,2340} for 1,234,000 đồng in Vietnamese).
	 */
	public static String formatMillionsForInput(BigDecimal vnd, Locale locale) {
		if (vnd == null) {
			return "";
		}
		Style style = Style.of(locale);
		BigDecimal millions = vnd.movePointLeft(6).stripTrailingZeros();
		if (millions.scale() < 0) {
			millions = millions.setScale(0);
		}
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		symbols.setGroupingSeparator(style.group);
		symbols.setDecimalSeparator(style.decimal);
		symbols.setMinusSign('-');
		DecimalFormat format = new DecimalFormat("#,##0.######", symbols);
		String text = format.format(millions);
		String unsigned = text.startsWith("-") ? text.substring(1) : text;
		return style.ambiguous.matcher(unsigned).matches() ? text + "0" : text;
	}

	private enum Style {

		VIETNAMESE('.', ','), ENGLISH(',', '.');

		private final char group;

		private final char decimal;

		private final Pattern number;

		private final Pattern ambiguous;

		private final Pattern foreignDecimal;

		private final Pattern spaceGrouped;

		Style(char group, char decimal) {
			String g = Pattern.quote(String.valueOf(group));
			String d = Pattern.quote(String.valueOf(decimal));
			this.group = group;
			this.decimal = decimal;
			this.number = Pattern.compile("(\\d{1,3}(?:" + g + "\\d{3})+|\\d+)(?:" + d + "(\\d+))?");
			this.ambiguous = Pattern.compile("[1-9]\\d{0,2}" + d + "\\d{3}");
			this.spaceGrouped = Pattern.compile("(-|\u2212)?(\\d{1,3}(?:[" + SPACES + "]\\d{3})+)(" + d + "\\d+)?");
			this.foreignDecimal = Pattern.compile("\\d+" + g + "\\d{1,2}|\\d+" + g + "\\d{4,}");
		}

		/**
		 * Spaces between groups of three digits of the whole part as this language's
		 * group separator; the text as it is otherwise.
		 */
		String spacesAsGroups(String text) {
			Matcher grouped = this.spaceGrouped.matcher(text);
			if (!grouped.matches()) {
				return text;
			}
			String sign = (grouped.group(1) != null) ? grouped.group(1) : "";
			String rest = (grouped.group(3) != null) ? grouped.group(3) : "";
			return sign + grouped.group(2).replaceAll("[" + SPACES + "]", String.valueOf(this.group)) + rest;
		}

		static Style of(Locale locale) {
			return "en".equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
		}

	}

}
