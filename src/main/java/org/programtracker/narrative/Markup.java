package org.programtracker.narrative;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Delimited;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import org.springframework.stereotype.Component;

/**
 * The little formatting people type into a plain text box, with no toolbar, read as
 * CommonMark: a line that starts with "- " (or "• ", or "1. ") is a list item,
 * {@code **words**} are bold, {@code *words*} are italic, a blank line starts a new
 * paragraph and a line break stays a line break. Nothing else is markup: headings, block
 * quotes, code, links, images and HTML show as the text that was typed, and everything is
 * escaped, so no markup a user types ever reaches a page or a PDF. The text is stored as
 * typed. Templates call it as {@code @markup}.
 */
@Component
public class Markup {

	private static final Parser PARSER = Parser.builder()
		.enabledBlockTypes(Set.of(ListBlock.class))
		.includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
		.build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder()
		.escapeHtml(true)
		.sanitizeUrls(true)
		.softbreak("<br/>")
		.build();

	/**
	 * Well-formed XHTML (the PDF renderer reads it too): paragraphs, lists, line breaks,
	 * bold and italic, everything else escaped.
	 */
	public String html(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		return HTML.render(parse(text));
	}

	/**
	 * The text without its formatting marks, for places that take plain text only (a
	 * spreadsheet cell).
	 */
	public static String plain(String text) {
		if (text == null || text.isBlank()) {
			return "";
		}
		String typed = text.strip().lines().collect(Collectors.joining("\n"));
		BitSet marks = new BitSet(typed.length());
		parse(typed).accept(new EmphasisVisitor() {
			@Override
			<N extends Node & Delimited> void visitEmphasis(N emphasis) {
				mark(emphasis);
				visitChildren(emphasis);
			}

			private <N extends Node & Delimited> void mark(N emphasis) {
				List<SourceSpan> spans = emphasis.getSourceSpans();
				int start = spans.get(0).getInputIndex();
				SourceSpan last = spans.get(spans.size() - 1);
				int end = last.getInputIndex() + last.getLength();
				marks.set(start, start + emphasis.getOpeningDelimiter().length());
				marks.set(end - emphasis.getClosingDelimiter().length(), end);
			}
		});
		StringBuilder plain = new StringBuilder(typed.length());
		for (int i = 0; i < typed.length(); i++) {
			if (!marks.get(i)) {
				plain.append(typed.charAt(i));
			}
		}
		return plain.toString();
	}

	/**
	 * The document, with what is not markup here turned back into the text as typed. The
	 * source spans index {@code text} with its line breaks as "\n", and replacing "•" by
	 * "-" keeps every index, so {@link #plain} can cut the marks out of the typed text.
	 */
	private static Node parse(String text) {
		String typed = bulletsAsDashes(text.strip().lines().collect(Collectors.joining("\n")));
		Node document = PARSER.parse(typed);
		document.accept(new AsTyped(typed));
		return document;
	}

	/**
	 * Word processors put "•" before list items; CommonMark knows "-".
	 */
	private static String bulletsAsDashes(String text) {
		return text.lines().map(line -> {
			String item = line.stripLeading();
			boolean bullet = item.length() > 1 && item.charAt(0) == '•' && Character.isWhitespace(item.charAt(1));
			return bullet ? line.substring(0, line.length() - item.length()) + "-" + item.substring(1) : line;
		}).collect(Collectors.joining("\n"));
	}

	/**
	 * A visitor that treats both kinds of emphasis, {@code *italic*} and
	 * {@code **bold**}, which CommonMark visits apart, as one.
	 */
	private abstract static class EmphasisVisitor extends AbstractVisitor {

		@Override
		public void visit(Emphasis emphasis) {
			visitEmphasis(emphasis);
		}

		@Override
		public void visit(StrongEmphasis strong) {
			visitEmphasis(strong);
		}

		abstract <N extends Node & Delimited> void visitEmphasis(N emphasis);

	}

	/**
	 * Turns what CommonMark reads as links, images, code and HTML back into the text that
	 * was typed, and stars inside a word ({@code a*b*c}) back into stars: users of a
	 * plain text box mean neither.
	 */
	private static final class AsTyped extends EmphasisVisitor {

		private final String typed;

		AsTyped(String typed) {
			this.typed = typed;
		}

		@Override
		public void visit(Link link) {
			replaceWithTyped(link);
		}

		@Override
		public void visit(Image image) {
			replaceWithTyped(image);
		}

		@Override
		public void visit(Code code) {
			replaceWithTyped(code);
		}

		@Override
		public void visit(HtmlInline html) {
			replaceWithTyped(html);
		}

		@Override
		<N extends Node & Delimited> void visitEmphasis(N emphasis) {
			visitChildren(emphasis);
			keepStarsInsideWords(emphasis);
		}

		private void replaceWithTyped(Node node) {
			boolean first = true;
			for (SourceSpan span : node.getSourceSpans()) {
				if (!first) {
					node.insertBefore(new SoftLineBreak());
				}
				node.insertBefore(
						new Text(this.typed.substring(span.getInputIndex(), span.getInputIndex() + span.getLength())));
				first = false;
			}
			node.unlink();
		}

		private static <N extends Node & Delimited> void keepStarsInsideWords(N emphasis) {
			if (!emphasis.getOpeningDelimiter().startsWith("*")
					|| !(endsInWord(emphasis.getPrevious()) || startsInWord(emphasis.getNext()))) {
				return;
			}
			emphasis.insertBefore(new Text(emphasis.getOpeningDelimiter()));
			Node child = emphasis.getFirstChild();
			while (child != null) {
				Node next = child.getNext();
				emphasis.insertBefore(child);
				child = next;
			}
			emphasis.insertBefore(new Text(emphasis.getClosingDelimiter()));
			emphasis.unlink();
		}

		private static boolean endsInWord(Node node) {
			return node instanceof Text text && !text.getLiteral().isEmpty()
					&& Character.isLetterOrDigit(text.getLiteral().codePointBefore(text.getLiteral().length()));
		}

		private static boolean startsInWord(Node node) {
			return node instanceof Text text && !text.getLiteral().isEmpty()
					&& Character.isLetterOrDigit(text.getLiteral().codePointAt(0));
		}

	}

}
