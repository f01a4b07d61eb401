package org.programtracker.kernel;

import java.util.Locale;

/**
 * A name kept in Vietnamese and English; Vietnamese is the default.
 */
public record LocalizedName(String vi, String en) {

	public String in(Locale locale) {
		return "en".equals(locale.getLanguage()) && this.en != null && !this.en.isBlank() ? this.en : this.vi;
	}

}
