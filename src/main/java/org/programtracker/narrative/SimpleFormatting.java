package org.programtracker.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The little formatting people type into a plain text box, with no toolbar: a line that
 * starts with "- " is a bullet, {@code **words**} are bold, {@code *words*} are italic, a
 * blank line starts a new paragraph. The text is stored as typed; this turns it into HTML
 * only after escaping everything, so no markup a user types ever reaches a page or a PDF.
 * Templates call it as {@code @simpleFormatting}.
 */
@Component
public class SimpleFormatting {

	private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");

	private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\w])");

	private static final Pattern BULLET = Pattern.compile("^\\s*[-•]\\s+");

	/**
	 * Well-formed XHTML (the PDF renderer reads it too): paragraphs, bullet lists, line
	 * breaks, bold and italic, everything else escaped.
	 */
	public String html(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder();
		for (String block : text.strip().split("\\R\\s*\\R")) {
			List<String> lines = List.of(block.split("\\R"));
			List<String> bullets = new ArrayList<>();
			List<String> plain = new ArrayList<>();
			for (String line : lines) {
				if (BULLET.matcher(line).find()) {
					flushParagraph(html, plain);
					bullets.add(BULLET.matcher(line).replaceFirst(""));
				}
				else {
					flushList(html, bullets);
					plain.add(line.strip());
				}
			}
			flushParagraph(html, plain);
			flushList(html, bullets);
		}
		return html.toString();
	}

	/**
	 * The text without its formatting marks, for places that take plain text only (a
	 * spreadsheet cell).
	 */
	public static String plain(String text) {
		if (text == null) {
			return "";
		}
		String withoutBold = BOLD.matcher(text.strip()).replaceAll("$1");
		return ITALIC.matcher(withoutBold).replaceAll("$1");
	}

	private static void flushParagraph(StringBuilder html, List<String> lines) {
		if (!lines.isEmpty()) {
			html.append("<p>")
				.append(String.join("<br/>", lines.stream().map(SimpleFormatting::inline).toList()))
				.append("</p>");
			lines.clear();
		}
	}

	private static void flushList(StringBuilder html, List<String> items) {
		if (!items.isEmpty()) {
			html.append("<ul>");
			items.forEach(item -> html.append("<li>").append(inline(item)).append("</li>"));
			html.append("</ul>");
			items.clear();
		}
	}

	private static String inline(String line) {
		String escaped = HtmlUtils.htmlEscape(line, "UTF-8");
		String bold = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
		return ITALIC.matcher(bold).replaceAll("<em>$1</em>");
	}

}
