package org.programtracker.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.programtracker.period.Quarter;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.PrintedDocument;
import org.programtracker.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The print checks can fail: each one, run on the summary printed with a deliberately
 * broken stylesheet added after the report's own, finds the fault it is there to find
 * (the same documents pass them with the report's stylesheet alone, see
 * {@link SummaryPrintTests}). The broken prints are kept under {@code target/print}.
 */
@IntegrationTest
class PrintChecksTests {

	@Autowired
	private QuarterlySummaryService summaries;

	@Autowired
	private SummaryPdf pdf;

	@Autowired
	private Users users;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not A4                     | seed    | @page { size: letter; }                                                  | not A4 portrait
					landscape                  | seed    | @page { size: A4 landscape; }                                            | not A4 portrait
					margins too narrow         | seed    | @page { margin: 12mm; }                                                  | in the left margin
					left margin too wide       | seed    | @page { margin-left: 45mm; }                                             | the left margin is wider than 35 mm
					right margin too wide      | seed    | @page { margin-right: 30mm; }                                            | the right margin is wider than 20 mm
					top margin too wide        | seed    | @page { margin-top: 40mm; }                                              | the top margin is wider than 25 mm
					bottom margin too wide     | many    | @page { margin-bottom: 45mm; }                                           | the bottom margin is wider than 25 mm
					number on the first page   | seed    | @page :first { @top-center { content: counter(page); } }                 | page 1 prints 1 in its top margin
					number not centred         | seed    | @page { @top-center { content: none; } @top-right { content: counter(page); } } | not over the text area
					another font               | seed    | .document, .document * { font-family: serif !important; }                | in Times-Roman
					digits touching            | largest | .doc-table col.amount { width: 14mm !important; }                        | touches
					text overlapping           | seed    | .document p, .document li { line-height: 0.55; }                         | overlaps
					heading at a page's foot   | seed    | .document h2 { page-break-after: always; }                               | ends with the heading
					signature alone            | seed    | .closing { page-break-before: always; }                                  | holds the signature block alone
					header not repeated        | many    | .doc-table { -fs-table-paginate: auto; } .doc-table thead { display: table-row-group; } | without its header
					rows split over pages      | many    | .doc-table tbody.item, .doc-table tr { page-break-inside: auto; } .doc-table td.label { padding-bottom: 9mm; } | is not whole on any page
					longer than three pages    | seed    | .document { font-size: 15pt; }                                           | pages
					""")
	void shouldFindTheFaultOfABrokenStylesheet(String fault, String document, String brokenCss, String expected)
			throws IOException {
		String html = html(document);
		String broken = html.replace("</head>", "<style>" + brokenCss + "</style></head>");

		byte[] bytes = this.pdf.pdf(broken);
		Files.write(Files.createDirectories(SummaryPrintTests.PRINTS)
			.resolve("broken-" + fault.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf"), bytes);
		PrintedDocument printed = PrintedDocument.read(bytes);

		List<String> found = check(fault).apply(new Printed(printed, html));
		assertThat(found).as(fault).isNotEmpty().anySatisfy(line -> assertThat(line).contains(expected));
	}

	/**
	 * The check that is to find the fault, as SummaryPrintTests runs it.
	 */
	private static Function<Printed, List<String>> check(String fault) {
		return switch (fault) {
			case "not A4", "landscape" -> printed -> printed.document().pagesNotA4();
			case "margins too narrow", "left margin too wide", "right margin too wide", "top margin too wide" ->
				printed -> printed.document().marginsOutsideDecree();
			case "bottom margin too wide" -> printed -> printed.document().bottomMarginWiderThanDecree();
			case "number on the first page", "number not centred" ->
				printed -> printed.document().pageNumbersMisplaced();
			case "another font" -> printed -> printed.document().fontsOtherThan("LiberationSerif");
			case "digits touching", "text overlapping" -> printed -> printed.document().textRunningIntoText();
			case "heading at a page's foot" ->
				printed -> printed.document().headingsAtPageFoot(SummaryPrintTests.headings(printed.html()));
			case "signature alone" -> printed -> printed.document().signatureAloneOrSplit("Trên đây là báo cáo");
			case "header not repeated" -> printed -> {
				org.jsoup.nodes.Element table = org.jsoup.Jsoup.parse(printed.html()).selectFirst("table.doc-table");
				return printed.document()
					.tableHeaderNotRepeated(table.select("thead").text(),
							table.select("tbody tr").stream().map(org.jsoup.nodes.Element::text).toList());
			};
			case "rows split over pages" ->
				printed -> printed.document().splitOverPages(SummaryPrintTests.rows(printed.html()));
			case "longer than three pages" -> printed -> (printed.document().pageCount() > 3)
					? List.of(printed.document().pageCount() + " pages") : List.of();
			default -> throw new IllegalArgumentException(fault);
		};
	}

	private String html(String document) {
		Locale vietnamese = Locale.forLanguageTag("vi");
		LocaleContextHolder.setLocale(vietnamese);
		try {
			QuarterlySummary summary = switch (document) {
				case "seed" -> this.summaries.summary(this.users.admin(), "NAM_NHUN", new Quarter(2024, 1), vietnamese);
				case "many" -> SyntheticSummaries.manyPrograms(24, 30);
				case "largest" -> SyntheticSummaries.largestAmounts(true);
				default -> throw new IllegalArgumentException(document);
			};
			return this.pdf.html(summary, vietnamese);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private record Printed(PrintedDocument document, String html) {

	}

}
