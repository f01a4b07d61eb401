package org.programtracker.kernel;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for a day typed into a form: day, month, year, whatever the language of
 * the page or of the browser, and printed back as dd/MM/yyyy.
 * <p>
 * It reads 15/06/2024, 15-06-2024, 15.06.2024 and 5/6/2024, the eight digits 15062024
 * (always day, month, year), and the ISO 2024-06-15 that links and older forms send. It
 * refuses to guess: a two-digit year, a month 13 or a 31 February is an error that says
 * why, never another day (the browser's own date field once turned 15062024 into
 * 2024-12-06). Spaces a spreadsheet leaves around the text, non-breaking ones too, are
 * ignored.
 */
public final class Dates {

	private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2}) *([/.\\-]) *(\\d{1,2}) *\\2 *(\\d+)");

	private static final Pattern DIGITS = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

	/**
	 * The earliest year a form takes: 0024 is a slip of the keys. A later year than any
	 * form allows is its own field's rule to explain (a unit cannot close after today).
	 */
	private static final int FIRST_YEAR = 1900;

	private Dates() {
	}

	/**
	 * The day the text names, or {@code null} for a blank field.
	 * @throws DateFormatException when the text is not a day, saying why
	 */
	public static LocalDate parse(String text) {
		if (text == null) {
			return null;
		}
		String input = Amounts.withoutSpreadsheetSpaces(text);
		if (input.isEmpty()) {
			return null;
		}
		Matcher written = DAY_MONTH_YEAR.matcher(input);
		if (written.matches()) {
			return day(input, written.group(4), written.group(3), written.group(1));
		}
		Matcher digits = DIGITS.matcher(input);
		if (digits.matches()) {
			return day(input, digits.group(3), digits.group(2), digits.group(1));
		}
		Matcher iso = ISO.matcher(input);
		if (iso.matches()) {
			return day(input, iso.group(1), iso.group(2), iso.group(3));
		}
		throw new DateFormatException("date.invalid.format", input);
	}

	/**
	 * A day as forms and pages write it: 15/06/2024.
	 */
	public static String print(LocalDate day) {
		return (day != null) ? PRINTED.format(day) : "";
	}

	private static LocalDate day(String input, String yearText, String monthText, String dayText) {
		if (yearText.length() != 4) {
			throw new DateFormatException("date.invalid.year", input);
		}
		int year = Integer.parseInt(yearText);
		int month = Integer.parseInt(monthText);
		int day = Integer.parseInt(dayText);
		if (year < FIRST_YEAR) {
			throw new DateFormatException("date.invalid.year", input);
		}
		if (month < 1 || month > 12) {
			throw new DateFormatException("date.invalid.month", input, String.valueOf(month));
		}
		int length = YearMonth.of(year, month).lengthOfMonth();
		if (day < 1 || day > length) {
			throw new DateFormatException("date.invalid.day", input, String.valueOf(month), String.valueOf(year),
					String.valueOf(length));
		}
		return LocalDate.of(year, month, day);
	}

}
