package org.programtracker.administration;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search text folded so that "nong thon" finds «nông thôn» and "dttS" finds DTTS: lower
 * case, without diacritics, đ as d.
 */
final class Search {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Search() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		String decomposed = Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd');
	}

}
