package org.programtracker.period;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the pages about a year's quarters share after a change was made.
 */
final class PeriodPages {

	private PeriodPages() {
	}

	/**
	 * Back to the page at {@code path} showing {@code year}, with {@code message} said
	 * once.
	 */
	static String redirectToYear(RedirectAttributes redirect, String path, String message, int year) {
		redirect.addFlashAttribute("message", message);
		redirect.addAttribute("year", year);
		return "redirect:" + path;
	}

}
