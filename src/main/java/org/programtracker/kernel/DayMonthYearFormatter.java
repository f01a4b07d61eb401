package org.programtracker.kernel;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.Formatter;

/**
 * Binds every date of a form or a page's parameters through {@link Dates}: typed day,
 * month, year in any language, printed dd/MM/yyyy.
 */
public class DayMonthYearFormatter implements Formatter<LocalDate> {

	@Override
	public LocalDate parse(String text, Locale locale) {
		return Dates.parse(text);
	}

	@Override
	public String print(LocalDate day, Locale locale) {
		return Dates.print(day);
	}

}
