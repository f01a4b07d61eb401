package org.programtracker.support;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed document read back from its PDF, to check its layout by machine: every glyph
 * with its box, font and the text run it was drawn in, the lines they form, and the
 * painted rules and borders; and the checks an administrative document must pass (Decree
 * 30/2020/NĐ-CP): A4 pages, the decree's margins, page numbers centred at the top from
 * the second page, one embedded font family in real faces, no text running into other
 * text, no heading left at the foot of a page, a signature never alone. Each check
 * answers what is wrong, one line per fault, so that a failing test says where.
 * <p>
 * Lengths are in PostScript points, from the top left corner of the page.
 */
public final class PrintedDocument {

	public static final float MM = 72f / 25.4f;

	private static final float A4_WIDTH = 210 * MM;

	private static final float A4_HEIGHT = 297 * MM;

	/**
	 * How far two glyphs of different runs may overlap before they are said to: rounding
	 * of the renderers' positions, never a visible overlap.
	 */
	private static final float OVERLAP_TOLERANCE = 0.3f;

	/**
	 * The least gap between two numbers drawn side by side in different runs, so that
	 * they read as two: a fifth of a space of 10-point type would already be too little.
	 */
	private static final float LEAST_GAP_BETWEEN_NUMBERS = 2f;

	private final List<Page> pages;

	private PrintedDocument(List<Page> pages) {
		this.pages = pages;
	}

	public static PrintedDocument read(byte[] pdf) {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Page> pages = new ArrayList<>();
			for (int i = 0; i < document.getNumberOfPages(); i++) {
				PDPage page = document.getPage(i);
				pages.add(new Page(i + 1, page.getMediaBox(), glyphs(document, i + 1), paths(page)));
			}
			return new PrintedDocument(pages);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public int pageCount() {
		return this.pages.size();
	}

	public List<Page> pages() {
		return this.pages;
	}

	/**
	 * The text of a page, its lines from top to bottom, in the page's words.
	 */
	public String text(int pageNumber) {
		return String.join("\n", this.pages.get(pageNumber - 1).lines().stream().map(Line::text).toList());
	}

	/**
	 * The whole text, lines joined by spaces.
	 */
	public String text() {
		return String.join(" ", this.pages.stream().flatMap(page -> page.lines().stream()).map(Line::text).toList());
	}

	/**
	 * Pages that are not A4 portrait.
	 */
	public List<String> pagesNotA4() {
		List<String> faults = new ArrayList<>();
		for (Page page : this.pages) {
			if (Math.abs(page.width() - A4_WIDTH) > 1 || Math.abs(page.height() - A4_HEIGHT) > 1) {
				faults.add("page %d is %.1f × %.1f mm, not A4 portrait (210 × 297 mm)".formatted(page.number(),
						page.width() / MM, page.height() / MM));
			}
		}
		return faults;
	}

	/**
	 * Whether what is printed keeps to the decree's margins: nothing but the page number
	 * in the top margin (20–25 mm), nothing in the left (30–35 mm), right (15–20 mm) or
	 * bottom (20–25 mm) margins; and the printed area reaching the inner edges of those
	 * margins, so that no margin is wider than the decree allows: some text or rule
	 * starts within the left margin's range, ends within the right one's, and the first
	 * line of some page starts within the top one's (for the bottom margin, see
	 * {@link #bottomMarginWiderThanDecree()}).
	 */
	public List<String> marginsOutsideDecree() {
		List<String> faults = new ArrayList<>();
		float left = Float.MAX_VALUE;
		float right = 0;
		float top = Float.MAX_VALUE;
		for (Page page : this.pages) {
			Rectangle2D box = page.contentBox();
			if (box == null) {
				faults.add("page %d is empty".formatted(page.number()));
				continue;
			}
			float width = page.width();
			float height = page.height();
			if (box.getMinX() < 30 * MM - 0.5) {
				faults.add("page %d: printed %.1f mm from the left edge, in the left margin (at least 30 mm)"
					.formatted(page.number(), box.getMinX() / MM));
			}
			if (box.getMaxX() > width - 15 * MM + 0.5) {
				faults.add("page %d: printed %.1f mm from the right edge, in the right margin (at least 15 mm)"
					.formatted(page.number(), (width - box.getMaxX()) / MM));
			}
			if (box.getMinY() < 20 * MM - 0.5) {
				faults.add("page %d: printed %.1f mm from the top edge, in the top margin (at least 20 mm): %s"
					.formatted(page.number(), box.getMinY() / MM, page.topLine().map(Line::text).orElse("")));
			}
			if (box.getMaxY() > height - 20 * MM + 0.5) {
				faults.add("page %d: printed %.1f mm from the bottom edge, in the bottom margin (at least 20 mm)"
					.formatted(page.number(), (height - box.getMaxY()) / MM));
			}
			left = (float) Math.min(left, box.getMinX());
			right = (float) Math.max(right, box.getMaxX());
			top = (float) Math.min(top, box.getMinY());
		}
		if (this.pages.isEmpty() || !faults.isEmpty()) {
			return faults;
		}
		float width = this.pages.get(0).width();
		if (left > 35 * MM + 0.5) {
			faults.add("nothing starts less than %.1f mm from the left edge: the left margin is wider than 35 mm"
				.formatted(left / MM));
		}
		if (width - right > 20 * MM + 0.5) {
			faults.add("nothing ends less than %.1f mm from the right edge: the right margin is wider than 20 mm"
				.formatted((width - right) / MM));
		}
		// The first line's glyphs start below the top of its line box by the half-leading
		// and the space above the capitals: allow 5 mm for those.
		if (top > 30 * MM) {
			faults.add("no page starts less than %.1f mm from the top edge: the top margin is wider than 25 mm"
				.formatted(top / MM));
		}
		return faults;
	}

	/**
	 * Whether the bottom margin is wider than the decree's 25 mm, for a document whose
	 * pages run full of text that may break between any of its lines: some page but the
	 * last then fills down to within a line or two of the margin.
	 */
	public List<String> bottomMarginWiderThanDecree() {
		if (this.pages.size() < 2) {
			return List.of("one page only: no page runs full to show its bottom margin");
		}
		float bottom = 0;
		for (Page page : this.pages.subList(0, this.pages.size() - 1)) {
			Rectangle2D box = page.contentBox();
			if (box != null) {
				bottom = (float) Math.max(bottom, box.getMaxY());
			}
		}
		float height = this.pages.get(0).height();
		if (height - bottom > 25 * MM + 12) {
			return List
				.of("no page fills down to less than %.1f mm from the bottom edge: the bottom margin is wider than 25 mm"
					.formatted((height - bottom) / MM));
		}
		return List.of();
	}

	/**
	 * Page numbers as the decree places them: none on the first page, from the second the
	 * page's number in the top margin, centred over the text area, and in the document's
	 * serif font, upright, at 13 or 14 points.
	 */
	public List<String> pageNumbersMisplaced() {
		List<String> faults = new ArrayList<>();
		for (Page page : this.pages) {
			List<Line> lines = page.lines();
			java.util.Optional<Line> found = page.pageNumber(lines);
			if (page.number() == 1) {
				if (!lines.isEmpty() && lines.get(0).bottom() < 20 * MM) {
					faults.add("page 1 prints %s in its top margin".formatted(lines.get(0).text()));
				}
				continue;
			}
			if (found.isEmpty() || found.get().bottom() > 20 * MM) {
				faults.add("page %d: its top margin does not hold its number (it begins with “%s”)"
					.formatted(page.number(), lines.isEmpty() ? "" : lines.get(0).text()));
				continue;
			}
			Line number = found.get();
			float centre = (number.left() + number.right()) / 2;
			float textCentre = (30 * MM + page.width() - 15 * MM) / 2;
			if (Math.abs(centre - textCentre) > 6 * MM) {
				faults.add("page %d: its number is centred %.1f mm from the left edge, not over the text area (%.1f mm)"
					.formatted(page.number(), centre / MM, textCentre / MM));
			}
			float size = number.glyphs().get(0).size();
			if (size < 12.9 || size > 14.1) {
				faults.add("page %d: its number is set in %.1f points, not 13–14".formatted(page.number(), size));
			}
		}
		return faults;
	}

	/**
	 * Glyphs drawn in any font but the given family's embedded faces, or in a face the
	 * renderer made up: bold by stroking the outline, italic by slanting it.
	 */
	public List<String> fontsOtherThan(String familyPostScriptName) {
		Set<String> faults = new LinkedHashSet<>();
		for (Page page : this.pages) {
			for (Glyph glyph : page.glyphs()) {
				if (glyph.outlines()) {
					faults.add(
							"page %d: “%s” is drawn as outlines (a Type 3 font), as a renderer draws a face it makes up"
								.formatted(page.number(), glyph.text()));
				}
				else if (!glyph.font().startsWith(familyPostScriptName)) {
					faults.add("page %d: “%s” in %s".formatted(page.number(), glyph.text(), glyph.font()));
				}
				else if (!glyph.embedded()) {
					faults.add("page %d: %s is not embedded".formatted(page.number(), glyph.font()));
				}
				else if (glyph.synthesisedBold()) {
					faults.add("page %d: “%s” is made bold by stroking %s".formatted(page.number(), glyph.text(),
							glyph.font()));
				}
				else if (glyph.synthesisedItalic()) {
					faults.add("page %d: “%s” is made italic by slanting %s".formatted(page.number(), glyph.text(),
							glyph.font()));
				}
			}
		}
		return new ArrayList<>(faults);
	}

	/**
	 * The faces the document is set in, by their PostScript names without a subset's
	 * prefix.
	 */
	public Set<String> faces() {
		Set<String> faces = new TreeSet<>();
		this.pages.forEach(page -> page.glyphs().forEach(glyph -> faces.add(glyph.font())));
		return faces;
	}

	/**
	 * Glyphs that overlap glyphs of another run, as when text runs out of its cell into
	 * the next one or lines are set closer than their type; and numbers of different runs
	 * set so close on one line that they read as one («154.096113.742,5»).
	 */
	public List<String> textRunningIntoText() {
		List<String> faults = new ArrayList<>();
		for (Page page : this.pages) {
			List<Glyph> glyphs = page.glyphs()
				.stream()
				.filter(glyph -> !glyph.text().isBlank() && glyph.width() > 0)
				.sorted(Comparator.comparingDouble(Glyph::left))
				.toList();
			for (int i = 0; i < glyphs.size() && faults.size() < 20; i++) {
				Glyph one = glyphs.get(i);
				for (int j = i + 1; j < glyphs.size(); j++) {
					Glyph other = glyphs.get(j);
					if (other.left() > one.right() + LEAST_GAP_BETWEEN_NUMBERS) {
						break;
					}
					if (one.run() == other.run()) {
						continue;
					}
					float across = Math.min(one.right(), other.right()) - Math.max(one.left(), other.left());
					float down = Math.min(one.bottom(), other.bottom()) - Math.max(one.top(), other.top());
					float lower = Math.min(one.bottom() - one.top(), other.bottom() - other.top());
					if (down > lower * 0.25f && across > OVERLAP_TOLERANCE) {
						faults.add("page %d: “%s” overlaps “%s” by %.1f pt at %.1f, %.1f mm".formatted(page.number(),
								page.runText(one.run()), page.runText(other.run()), across, one.left() / MM,
								one.top() / MM));
					}
					else if (down > lower * 0.5f && one.isDigit() && other.isDigit()
							&& across > -LEAST_GAP_BETWEEN_NUMBERS) {
						faults.add("page %d: “%s” touches “%s” (%.1f pt apart) at %.1f, %.1f mm".formatted(
								page.number(), page.runText(one.run()), page.runText(other.run()), -across,
								one.left() / MM, one.top() / MM));
					}
				}
			}
		}
		return faults;
	}

	/**
	 * Headings printed as the last thing on a page (the text they head is on the next
	 * one), and pages that hold nothing but headings. A heading (a part's title, a
	 * table's header row) is found by its text, over one line or several, or as the last
	 * text drawn on the page.
	 */
	public List<String> headingsAtPageFoot(Collection<String> headings) {
		List<String> faults = new ArrayList<>();
		for (Page page : this.pages) {
			List<Line> lines = page.body();
			boolean[] heading = new boolean[lines.size()];
			for (String text : headings) {
				mark(lines, normalized(text), heading);
			}
			int count = 0;
			for (boolean isHeading : heading) {
				count += isHeading ? 1 : 0;
			}
			String drawn = page.bodyTextAsDrawn();
			java.util.Optional<String> drawnLast = headings.stream()
				.map(PrintedDocument::normalized)
				.filter(text -> !text.isEmpty() && drawn.endsWith(text))
				.findFirst();
			if (!lines.isEmpty() && count == lines.size()) {
				faults.add("page %d holds only headings: %s".formatted(page.number(),
						lines.stream().map(Line::text).toList()));
			}
			else if (!lines.isEmpty() && heading[lines.size() - 1] && page.number() < this.pages.size()) {
				faults.add("page %d ends with the heading “%s”".formatted(page.number(),
						lines.get(lines.size() - 1).text()));
			}
			else if (drawnLast.isPresent() && page.number() < this.pages.size()) {
				faults.add("page %d ends with “%s”, what comes under it is on the next page".formatted(page.number(),
						drawnLast.get()));
			}
		}
		return faults;
	}

	/**
	 * Whether the signature block (from the line that starts with {@code firstLine}, the
	 * closing sentence or "Nơi nhận:", to the end) is all on one page with something of
	 * the document's body above it.
	 */
	public List<String> signatureAloneOrSplit(String firstLine) {
		List<String> faults = new ArrayList<>();
		Page last = this.pages.get(this.pages.size() - 1);
		for (Page page : this.pages) {
			List<Line> lines = page.body();
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).text().startsWith(firstLine)) {
					if (page != last) {
						faults.add("the signature block starts on page %d and goes on to page %d"
							.formatted(page.number(), last.number()));
					}
					if (i == 0) {
						faults.add("page %d holds the signature block alone".formatted(page.number()));
					}
					return faults;
				}
			}
		}
		faults.add("no line starts with “%s”".formatted(firstLine));
		return faults;
	}

	/**
	 * Whether a table that runs over several pages repeats its header on each: on every
	 * page that draws one of its rows, its header (its text as drawn, cell after cell) is
	 * drawn before the first of them.
	 */
	public List<String> tableHeaderNotRepeated(String header, Collection<String> rows) {
		String wantedHeader = normalized(header).toLowerCase(Locale.ROOT);
		List<String> faults = new ArrayList<>();
		for (Page page : this.pages) {
			String drawn = page.bodyTextAsDrawn().toLowerCase(Locale.ROOT);
			int firstRow = Integer.MAX_VALUE;
			String first = null;
			for (String row : rows) {
				int at = drawn.indexOf(normalized(row).toLowerCase(Locale.ROOT));
				if (at >= 0 && at < firstRow) {
					firstRow = at;
					first = row;
				}
			}
			if (first == null) {
				continue;
			}
			int headerAt = drawn.indexOf(wantedHeader);
			if (headerAt < 0 || headerAt > firstRow) {
				faults.add("page %d: the table goes on from “%s” without its header".formatted(page.number(), first));
			}
		}
		return faults;
	}

	/**
	 * Texts (a table row's, its cells one after another) that are not found whole on one
	 * page: split by a page break, or missing. Renderers draw a row's cells in order and
	 * each cell's lines in order, so a row that is whole on a page is found whole in the
	 * page's text as drawn.
	 */
	public List<String> splitOverPages(Collection<String> texts) {
		List<String> pageTexts = this.pages.stream().map(page -> page.textAsDrawn().toLowerCase(Locale.ROOT)).toList();
		List<String> faults = new ArrayList<>();
		for (String text : texts) {
			String wanted = normalized(text).toLowerCase(Locale.ROOT);
			if (pageTexts.stream().noneMatch(page -> page.contains(wanted))) {
				faults.add("“%s” is not whole on any page".formatted(text));
			}
		}
		return faults;
	}

	/**
	 * The number of the first page on which the text is drawn (in the order drawn, so
	 * whatever lines it is set on).
	 */
	public int pageDrawing(String text) {
		String wanted = normalized(text);
		for (Page page : this.pages) {
			if (page.textAsDrawn().contains(wanted)) {
				return page.number();
			}
		}
		throw new AssertionError("No page draws " + text);
	}

	private static void mark(List<Line> lines, String heading, boolean[] marked) {
		for (int start = 0; start < lines.size(); start++) {
			StringBuilder joined = new StringBuilder();
			for (int end = start; end < lines.size(); end++) {
				joined.append((end == start) ? "" : " ").append(lines.get(end).text());
				String text = normalized(joined.toString());
				if (text.equals(heading)) {
					for (int i = start; i <= end; i++) {
						marked[i] = true;
					}
					break;
				}
				if (!heading.startsWith(text)) {
					break;
				}
			}
		}
	}

	static String normalized(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
	}

	private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
		GlyphCollector collector = new GlyphCollector();
		collector.setStartPage(pageNumber);
		collector.setEndPage(pageNumber);
		collector.writeText(document, Writer.nullWriter());
		return collector.glyphs;
	}

	private static List<Rectangle2D> paths(PDPage page) throws IOException {
		PathCollector collector = new PathCollector(page);
		collector.processPage(page);
		return collector.painted;
	}

	/**
	 * A page: its size, its glyphs in the order drawn and the rules and borders painted
	 * on it.
	 */
	public record Page(int number, PDRectangle mediaBox, List<Glyph> glyphs, List<Rectangle2D> paths) {

		public float width() {
			return this.mediaBox.getWidth();
		}

		public float height() {
			return this.mediaBox.getHeight();
		}

		/**
		 * The lines, top to bottom: glyphs that share a baseline, left to right, with a
		 * space where they are set apart.
		 */
		public List<Line> lines() {
			List<Glyph> sorted = new ArrayList<>(
					this.glyphs.stream().filter(glyph -> !glyph.text().isBlank()).toList());
			sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
			List<Line> lines = new ArrayList<>();
			List<Glyph> current = new ArrayList<>();
			for (Glyph glyph : sorted) {
				if (!current.isEmpty() && Math.abs(glyph.baseline() - current.get(0).baseline()) > 1.5f) {
					lines.add(Line.of(current));
					current = new ArrayList<>();
				}
				current.add(glyph);
			}
			if (!current.isEmpty()) {
				lines.add(Line.of(current));
			}
			return lines;
		}

		/**
		 * The lines below the top margin: what the page holds but its number.
		 */
		public List<Line> body() {
			List<Line> lines = lines();
			return pageNumber(lines).map(number -> lines.subList(1, lines.size())).orElse(lines);
		}

		/**
		 * The page's number: its first line, when that is the number alone and stands in
		 * the top 35 mm (the top margin, however wide).
		 */
		java.util.Optional<Line> pageNumber(List<Line> lines) {
			if (lines.isEmpty()) {
				return java.util.Optional.empty();
			}
			Line first = lines.get(0);
			return (first.text().equals(Integer.toString(this.number)) && first.bottom() < 35 * MM)
					? java.util.Optional.of(first) : java.util.Optional.empty();
		}

		java.util.Optional<Line> topLine() {
			return lines().stream().findFirst();
		}

		/**
		 * What is printed, text and painted rules, below the top margin's page number.
		 */
		Rectangle2D contentBox() {
			List<Glyph> number = pageNumber(lines()).map(Line::glyphs).orElse(List.of());
			Rectangle2D box = null;
			for (Glyph glyph : this.glyphs) {
				if (glyph.text().isBlank() || number.contains(glyph)) {
					continue;
				}
				Rectangle2D glyphBox = new Rectangle2D.Float(glyph.left(), glyph.top(), glyph.width(),
						glyph.bottom() - glyph.top());
				box = (box == null) ? glyphBox : box.createUnion(glyphBox);
			}
			// A rule is drawn centred on where it stands: a border at the edge of the
			// text area
			// reaches into the margin by half its width.
			for (Rectangle2D path : this.paths) {
				Rectangle2D inner = new Rectangle2D.Double(path.getX() + 0.5, path.getY() + 0.5,
						Math.max(0, path.getWidth() - 1), Math.max(0, path.getHeight() - 1));
				box = (box == null) ? inner : box.createUnion(inner);
			}
			return box;
		}

		/**
		 * The page's text in the order it was drawn, a space between runs and wherever
		 * glyphs are set apart.
		 */
		String textAsDrawn() {
			StringBuilder text = new StringBuilder();
			Glyph previous = null;
			for (Glyph glyph : this.glyphs) {
				boolean newLine = previous != null && Math.abs(glyph.baseline() - previous.baseline()) > 1.5f;
				boolean hyphenated = newLine && endsWithHyphenatedWord(text);
				if (previous != null && !hyphenated && (glyph.run() != previous.run() || newLine
						|| glyph.left() - previous.right() > previous.size() * 0.15f)) {
					text.append(' ');
				}
				text.append(glyph.text());
				previous = glyph;
			}
			return normalized(text.toString());
		}

		/**
		 * The text drawn below the top margin, in the order drawn.
		 */
		String bodyTextAsDrawn() {
			List<Glyph> number = pageNumber(lines()).map(Line::glyphs).orElse(List.of());
			return new Page(this.number, this.mediaBox,
					this.glyphs.stream().filter(glyph -> !number.contains(glyph)).toList(), this.paths)
				.textAsDrawn();
		}

		/**
		 * Whether the text ends with a word broken after its hyphen («socio-» then
		 * «economic»), which goes on on the next line without a space.
		 */
		private static boolean endsWithHyphenatedWord(StringBuilder text) {
			int length = text.length();
			return length >= 2 && text.charAt(length - 1) == '-' && Character.isLetter(text.charAt(length - 2));
		}

		String runText(int run) {
			StringBuilder text = new StringBuilder();
			for (Glyph glyph : this.glyphs) {
				if (glyph.run() == run) {
					text.append(glyph.text());
				}
			}
			return text.toString().strip();
		}

	}

	/**
	 * A line of text: its glyphs, left to right.
	 */
	public record Line(String text, List<Glyph> glyphs) {

		static Line of(List<Glyph> glyphs) {
			List<Glyph> sorted = new ArrayList<>(glyphs);
			sorted.sort(Comparator.comparingDouble(Glyph::left));
			StringBuilder text = new StringBuilder();
			Glyph previous = null;
			for (Glyph glyph : sorted) {
				if (previous != null && glyph.left() - previous.right() > previous.size() * 0.15f) {
					text.append(' ');
				}
				text.append(glyph.text());
				previous = glyph;
			}
			return new Line(normalized(text.toString()), sorted);
		}

		public float left() {
			return this.glyphs.get(0).left();
		}

		public float right() {
			return (float) this.glyphs.stream().mapToDouble(Glyph::right).max().orElse(0);
		}

		public float bottom() {
			return (float) this.glyphs.stream().mapToDouble(Glyph::bottom).max().orElse(0);
		}

	}

	/**
	 * A glyph as drawn: its text, box (the advance across; from cap height to descender
	 * down), font and size, whether it is drawn from a font's outlines by the renderer
	 * (Type 3) or made bold or italic by it, and the run of text it was drawn in.
	 */
	public record Glyph(String text, float left, float baseline, float width, float size, String font, boolean embedded,
			boolean outlines, boolean synthesisedBold, boolean synthesisedItalic, int run) {

		public float right() {
			return this.left + this.width;
		}

		public float top() {
			return this.baseline - this.size * 0.7f;
		}

		public float bottom() {
			return this.baseline + this.size * 0.2f;
		}

		boolean isDigit() {
			return Character.isDigit(this.text.charAt(0));
		}

	}

	/**
	 * Reads each glyph with the run it belongs to: the text object (BT … ET) it is drawn
	 * in, which renderers open per piece of text laid out (a cell's number, a line of a
	 * paragraph), however they then place its glyphs (one by one, when they justify).
	 */
	private static final class GlyphCollector extends PDFTextStripper {

		private final List<Glyph> glyphs = new ArrayList<>();

		private int run;

		GlyphCollector() {
			setSortByPosition(false);
		}

		@Override
		public void beginText() throws IOException {
			this.run++;
			super.beginText();
		}

		@Override
		protected void processTextPosition(TextPosition position) {
			String text = position.getUnicode();
			if (text == null || text.isEmpty()
					|| Character.getType(text.codePointAt(0)) == Character.NON_SPACING_MARK) {
				return;
			}
			PDFont font = position.getFont();
			RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
			var matrix = position.getTextMatrix();
			boolean slanted = Math.abs(matrix.getShearX()) > 0.01f * Math.abs(matrix.getScaleY())
					|| Math.abs(matrix.getShearY()) > 0.01f * Math.abs(matrix.getScaleX());
			this.glyphs.add(new Glyph(text, position.getXDirAdj(), position.getYDirAdj(), position.getWidthDirAdj(),
					Math.abs(position.getYScale()), baseName(font.getName()), font.isEmbedded(),
					font instanceof PDType3Font, mode == RenderingMode.FILL_STROKE || mode == RenderingMode.STROKE,
					slanted, this.run));
		}

		private static String baseName(String name) {
			if (name == null) {
				return "?";
			}
			int plus = name.indexOf('+');
			return (plus == 6) ? name.substring(plus + 1) : name;
		}

	}

	/**
	 * Collects the boxes of the rules, borders and images painted on a page (not white
	 * ones, which a renderer may lay under everything), top-left based.
	 */
	private static final class PathCollector extends PDFGraphicsStreamEngine {

		private final List<Rectangle2D> painted = new ArrayList<>();

		private final float height;

		private Rectangle2D current;

		PathCollector(PDPage page) {
			super(page);
			this.height = page.getMediaBox().getHeight();
		}

		@Override
		public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
			add(p0);
			add(p1);
			add(p2);
			add(p3);
		}

		@Override
		public void moveTo(float x, float y) {
			add(new Point2D.Float(x, y));
		}

		@Override
		public void lineTo(float x, float y) {
			add(new Point2D.Float(x, y));
		}

		@Override
		public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
			add(new Point2D.Float(x1, y1));
			add(new Point2D.Float(x2, y2));
			add(new Point2D.Float(x3, y3));
		}

		@Override
		public Point2D getCurrentPoint() {
			return (this.current == null) ? new Point2D.Float()
					: new Point2D.Double(this.current.getMaxX(), this.height - this.current.getMaxY());
		}

		@Override
		public void closePath() {
		}

		@Override
		public void endPath() {
			this.current = null;
		}

		@Override
		public void strokePath() {
			paint(getGraphicsState().getStrokingColor());
		}

		@Override
		public void fillPath(int windingRule) {
			paint(getGraphicsState().getNonStrokingColor());
		}

		@Override
		public void fillAndStrokePath(int windingRule) {
			paint(getGraphicsState().getNonStrokingColor());
		}

		@Override
		public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
		}

		@Override
		public void clip(int windingRule) {
		}

		@Override
		public void drawImage(PDImage image) {
		}

		private void add(Point2D point) {
			Rectangle2D spot = new Rectangle2D.Double(point.getX(), this.height - point.getY(), 0, 0);
			this.current = (this.current == null) ? spot : this.current.createUnion(spot);
		}

		private void paint(PDColor color) {
			if (this.current != null && !isWhite(color)) {
				this.painted.add(this.current);
			}
			this.current = null;
		}

		private static boolean isWhite(PDColor color) {
			try {
				float[] rgb = color.getColorSpace().toRGB(color.getComponents());
				return rgb.length == 3 && rgb[0] > 0.99f && rgb[1] > 0.99f && rgb[2] > 0.99f;
			}
			catch (IOException | RuntimeException ex) {
				return false;
			}
		}

	}

	@Override
	public String toString() {
		return "%d pages: %s".formatted(this.pages.size(), text().toLowerCase(Locale.ROOT).substring(0, 80));
	}

}
