package org.programtracker.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.programtracker.browser.Browser;
import org.programtracker.support.IntegrationTest;
import org.programtracker.support.PrintedDocument;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary page as Chromium prints it (what the browser's print dialog makes of the
 * page's print stylesheet), put through the same checks as the server's PDF
 * ({@link SummaryPrintTests}): the decree's page, margins and page numbers, the embedded
 * serif in its real faces, no text running into text, no heading at a page's foot, the
 * signature never alone, tables whole. The PDFs are kept under {@code target/print}.
 */
@IntegrationTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SummaryBrowserPrintTests {

	@RegisterExtension
	final Browser browser = new Browser();

	@LocalServerPort
	private int port;

	@Autowired
	private SummaryPdf pdf;

	@Test
	void shouldPrintTheDemoSummariesFromTheBrowserAsTheDecreeLaysOutADocument() throws IOException {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");

		for (String[] report : new String[][] { { "vi", "2024", "1", "NAM_NHUN" }, { "en", "2024", "1", "NAM_NHUN" },
				{ "vi", "2024", "4", "NAM_NHUN" }, { "en", "2024", "4", "NAM_NHUN" }, { "vi", "2024", "1", "HUA_BUM" },
				{ "vi", "2024", "4", "HUA_BUM" } }) {
			this.browser.go("/reports/summary?year=%s&quarter=%s&orgUnit=%s&lang=%s".formatted(report[1], report[2],
					report[3], report[0]));
			PrintedDocument printed = print(
					"browser-summary-%s-%s-q%s-%s".formatted(report[3], report[1], report[2], report[0]));

			assertThat(SummaryPrintTests.layoutFaults(printed, document(), report[0])).as(String.join(" ", report))
				.isEmpty();
			assertThat(printed.text()).as("the page's tools are not printed")
				.doesNotContain("Tải PDF", "Download PDF", "Đăng xuất", "Sign out", "Số liệu tạm thời",
						"Quý đã khóa sổ");
			String draft = "vi".equals(report[0]) ? "DỰ THẢO" : "DRAFT";
			if ("4".equals(report[2])) {
				assertThat(printed.text(1)).as("an open quarter's report is a draft").contains(draft);
			}
			else {
				assertThat(printed.text()).as("a closed quarter's report is no draft").doesNotContain(draft);
			}
			if ("1".equals(report[2]) && "NAM_NHUN".equals(report[3]) && "vi".equals(report[0])) {
				assertThat(printed.pageCount()).as("the seed report").isBetween(2, 3);
				assertThat(printed.faces()).containsExactly("LiberationSerif", "LiberationSerif-Bold",
						"LiberationSerif-BoldItalic", "LiberationSerif-Italic");
			}
		}
	}

	@Test
	void shouldPrintTheLargestAmountsAndLongTablesFromTheBrowser() throws IOException {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");

		for (boolean assignedBase : new boolean[] { true, false }) {
			showInstead(SyntheticSummaries.largestAmounts(assignedBase));
			PrintedDocument printed = print("browser-largest-amounts" + (assignedBase ? "-assigned" : ""));

			assertThat(printed.text()).contains("999.999.999,999");
			assertThat(SummaryPrintTests.layoutFaults(printed, document(), "vi")).isEmpty();
		}

		showInstead(SyntheticSummaries.manyPrograms(24, 30));
		PrintedDocument printed = print("browser-many-programs");

		assertThat(SummaryPrintTests.layoutFaults(printed, document(), "vi")).isEmpty();
		assertThat(printed.bottomMarginWiderThanDecree()).isEmpty();
		int lastProgram = printed.pageDrawing("24 Chương trình thử nghiệm số 24 về");
		assertThat(printed.pageDrawing("TỔNG CỘNG")).isEqualTo(lastProgram);
		assertThat(lastProgram).isGreaterThan(1);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					not A4                 | seed    | @page { size: letter; }                                                 | not A4 portrait
					margins too narrow     | seed    | @page { margin: 12mm; }                                                 | in the left margin
					left margin too wide   | seed    | @page { margin-left: 45mm; }                                            | the left margin is wider than 35 mm
					number on first page   | seed    | @page :first { @top-center { content: counter(page); } }                | page 1 prints 1 in its top margin
					another font           | seed    | .document, .document * { font-family: "DejaVu Sans", sans-serif !important; } | in DejaVuSans
					made-up bold           | seed    | @font-face { font-family: "Regular Only"; src: url("/reports/fonts/LiberationSerif-Regular.ttf"); } .document, .document * { font-family: "Regular Only" !important; } | makes up
					digits touching        | largest | .doc-table col.amount { width: 14mm !important; } .doc-table td.num { overflow: visible; } | touch
					heading at page foot   | seed    | .document h2 { break-after: page; }                                     | ends with the heading
					signature alone        | seed    | .closing { break-before: page; }                                        | holds the signature block alone
					header not repeated    | many    | .doc-table thead { display: table-row-group; }                          | without its header
					rows split             | many    | .doc-table tbody.item, .doc-table tr { break-inside: auto; } .doc-table td.label { padding-bottom: 9mm; } | is not whole on any page
					longer than 3 pages    | seed    | .document { font-size: 15pt; }                                          | pages
					""")
	void shouldFindTheFaultOfABrokenStylesheetInTheBrowsersPrint(String fault, String document, String brokenCss,
			String expected) throws IOException {
		this.browser.open(this.port);
		this.browser.signIn("admin", "demo");
		if ("seed".equals(document)) {
			this.browser.go("/reports/summary?year=2024&quarter=1&orgUnit=NAM_NHUN&lang=vi");
		}
		else {
			showInstead("many".equals(document) ? SyntheticSummaries.manyPrograms(24, 30)
					: SyntheticSummaries.largestAmounts(true));
		}
		String html = document();
		((ChromeDriver) this.browser.driver()).executeScript("""
				const sheet = new CSSStyleSheet();
				sheet.replaceSync(arguments[0]);
				document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
				""", brokenCss);

		PrintedDocument printed = print("browser-broken-" + fault.replaceAll("[^a-z0-9]+", "-"));

		List<String> found = switch (fault) {
			case "not A4" -> printed.pagesNotA4();
			case "margins too narrow", "left margin too wide" -> printed.marginsOutsideDecree();
			case "number on first page" -> printed.pageNumbersMisplaced();
			case "another font", "made-up bold" -> printed.fontsOtherThan("LiberationSerif");
			case "digits touching" -> printed.textRunningIntoText();
			case "heading at page foot" -> printed.headingsAtPageFoot(SummaryPrintTests.headings(html));
			case "signature alone" -> printed.signatureAloneOrSplit("Trên đây là báo cáo");
			case "header not repeated" -> {
				org.jsoup.nodes.Element table = Jsoup.parse(html).selectFirst("table.doc-table");
				yield printed.tableHeaderNotRepeated(table.select("thead").text(),
						table.select("tbody tr").stream().map(org.jsoup.nodes.Element::text).toList());
			}
			case "rows split" -> printed.splitOverPages(SummaryPrintTests.rows(html));
			case "longer than 3 pages" ->
				(printed.pageCount() > 3) ? List.of(printed.pageCount() + " pages") : List.of();
			default -> throw new IllegalArgumentException(fault);
		};
		assertThat(found).as(fault).isNotEmpty().anySatisfy(line -> assertThat(line).contains(expected));
	}

	/**
	 * Shows a summary no demo unit has on the summary page, in place of the page's own
	 * document, with the page's stylesheets.
	 */
	private void showInstead(QuarterlySummary summary) {
		this.browser.go("/reports/summary?year=2024&quarter=1&orgUnit=NAM_NHUN&lang=vi");
		Locale vietnamese = Locale.forLanguageTag("vi");
		LocaleContextHolder.setLocale(vietnamese);
		String article;
		try {
			org.jsoup.nodes.Document parsed = Jsoup.parse(this.pdf.html(summary, vietnamese));
			parsed.outputSettings().prettyPrint(false);
			article = parsed.selectFirst("article.document").outerHtml();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		((ChromeDriver) this.browser.driver())
			.executeScript("document.querySelector('article.document').outerHTML = arguments[0];", article);
	}

	/**
	 * The document as the page holds it, for the checks to know its headings and rows.
	 */
	private String document() {
		return "<html><head></head><body>" + ((ChromeDriver) this.browser.driver())
			.executeScript("return document.querySelector('article.document').outerHTML;") + "</body></html>";
	}

	/**
	 * Prints the page as the browser's print dialog does, once its fonts are loaded.
	 */
	private PrintedDocument print(String name) throws IOException {
		ChromeDriver driver = (ChromeDriver) this.browser.driver();
		driver.executeAsyncScript(
				"const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
		Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
				Map.of("preferCSSPageSize", true, "displayHeaderFooter", false, "printBackground", false));
		byte[] bytes = Base64.getDecoder().decode((String) result.get("data"));
		Files.write(Files.createDirectories(SummaryPrintTests.PRINTS).resolve(name + ".pdf"), bytes);
		return PrintedDocument.read(bytes);
	}

}
