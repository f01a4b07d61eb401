package org.programtracker.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
 * The summary as the server prints it, checked by machine the way a clerk checks a
 * document before it goes for signature (Decree 30/2020/NĐ-CP): A4 pages and the decree's
 * margins, page numbers from the second page, one embedded serif in its real faces, no
 * text running into other text, no heading left at a page's foot, the signature never
 * alone, tables that repeat their header and keep their rows and totals whole. The PDFs
 * are kept under {@code target/print} for a look.
 */
@IntegrationTest
class SummaryPrintTests {

	static final Path PRINTS = Path.of("target", "print");

	@Autowired
	private QuarterlySummaryService summaries;

	@Autowired
	private SummaryPdf pdf;

	@Autowired
	private Users users;

	@ParameterizedTest(name = "{0} {1} Q{2} {3}")
	@CsvSource({ "vi, 2024, 1, NAM_NHUN", "en, 2024, 1, NAM_NHUN", "vi, 2024, 4, NAM_NHUN", "en, 2024, 4, NAM_NHUN",
			"vi, 2024, 1, HUA_BUM", "vi, 2024, 4, HUA_BUM", "vi, 2025, 2, NAM_NHUN" })
	void shouldPrintTheDemoSummariesAsTheDecreeLaysOutADocument(String language, int year, int quarter, String unit)
			throws IOException {
		String html = html(unit, language, year, quarter);

		PrintedDocument printed = print(html, "summary-%s-%d-q%d-%s".formatted(unit, year, quarter, language));

		assertThat(layoutFaults(printed, html, language)).isEmpty();
	}

	@Test
	void shouldPrintTheSeedReportOnThreePagesAtMost() throws IOException {
		PrintedDocument printed = print(demoHtml("vi", 2024, 1), "seed-report");

		assertThat(printed.pageCount()).isBetween(2, 3);
		// set in the four real faces, none made up by the renderer
		assertThat(printed.faces()).containsExactly("LiberationSerif", "LiberationSerif-Bold",
				"LiberationSerif-BoldItalic", "LiberationSerif-Italic");
	}

	@Test
	void shouldMarkAProvisionalReportAsADraftAndAClosedOneNot() throws IOException {
		PrintedDocument open = print(demoHtml("vi", 2024, 4), "draft-check-open");
		PrintedDocument closed = print(demoHtml("vi", 2024, 1), "draft-check-closed");

		assertThat(open.text(1)).contains("DỰ THẢO").doesNotContain("Số liệu tạm thời");
		assertThat(closed.text()).doesNotContain("DỰ THẢO", "Dự thảo", "Quý đã khóa sổ");
		// the draft mark stands in the header block under the number, never above it
		assertThat(open.text(1).lines().findFirst().orElseThrow()).startsWith("UBND HUYỆN NẬM NHÙN");
		assertThat(closed.text(1).lines().findFirst().orElseThrow()).startsWith("UBND HUYỆN NẬM NHÙN");
	}

	@ParameterizedTest(name = "assigned base: {0}")
	@CsvSource({ "true", "false" })
	void shouldNeverLetTheDigitsOfNeighbouringCellsTouchUpToAThousandBillionMillion(boolean assignedBase)
			throws IOException {
		String html = this.pdf.html(SyntheticSummaries.largestAmounts(assignedBase), Locale.forLanguageTag("vi"));

		PrintedDocument printed = print(html, "largest-amounts" + (assignedBase ? "-assigned" : ""));

		assertThat(printed.text()).contains("999.999.999,999");
		if (assignedBase) {
			assertThat(printed.text()).contains("-999.999.999,999");
		}
		assertThat(layoutFaults(printed, html, "vi")).isEmpty();
	}

	@Test
	void shouldPrintEveryAmountOfTheSummaryTableWithTheTablesPrecision() throws IOException {
		String html = this.pdf.html(SyntheticSummaries.mixedPrecision(), Locale.forLanguageTag("vi"));

		List<Element> tables = Jsoup.parse(html).select("table.figures-table");
		assertThat(tables).hasSize(2);
		for (Element table : tables) {
			assertThat(table.select("td.num").eachText().stream().filter(figure -> !figure.endsWith("%")))
				.hasSizeGreaterThan(10)
				.allMatch(amount -> amount.matches("-?\\d{1,3}(\\.\\d{3})*,\\d{3}"));
		}
		Element progress = tables.get(0);
		assertThat(progress.select("tbody tr").eachText()).contains(
				"1 " + SyntheticSummaries.programName(1) + " 3.162,500 699,875 22,1%",
				"- Vốn đầu tư phát triển 2.382,500 699,875 29,4%", "- Vốn sự nghiệp 780,000 0,000 0,0% chưa giải ngân",
				"- Vốn đầu tư phát triển 1.000.000.000,000 1.250,000 0,0%",
				"Tổng cộng 1.000.005.649,500 2.729,875 0,0%");

		PrintedDocument printed = print(html, "mixed-precision");

		assertThat(printed.text()).contains("2.382,500", "699,875", "780,000", "1.000.005.649,500")
			.doesNotContain("2.382,5 ");
		assertThat(layoutFaults(printed, html, "vi")).isEmpty();
	}

	@Test
	void shouldRepeatTableHeadersAndKeepRowsAndTotalsWholeOverPages() throws IOException {
		QuarterlySummary summary = SyntheticSummaries.manyPrograms(24, 30);
		String html = this.pdf.html(summary, Locale.forLanguageTag("vi"));

		PrintedDocument printed = print(html, "many-programs");

		assertThat(layoutFaults(printed, html, "vi")).isEmpty();
		assertThat(printed.bottomMarginWiderThanDecree()).isEmpty();
		int lastProgram = printed.pageDrawing("24 Chương trình thử nghiệm số 24 về");
		assertThat(printed.pageDrawing("TỔNG CỘNG")).isEqualTo(lastProgram);
		assertThat(printed.pageDrawing("Cộng vốn đầu tư phát triển")).isEqualTo(lastProgram);
		assertThat(lastProgram).as("the progress table runs over pages")
			.isGreaterThan(printed.pageDrawing("I. KẾT QUẢ GIẢI NGÂN VỐN"));
	}

	/**
	 * Everything the decree and a careful clerk would find wrong with a printed summary.
	 */
	static List<String> layoutFaults(PrintedDocument printed, String html, String language) {
		List<String> faults = new ArrayList<>();
		faults.addAll(printed.pagesNotA4());
		faults.addAll(printed.marginsOutsideDecree());
		faults.addAll(printed.pageNumbersMisplaced());
		faults.addAll(printed.fontsOtherThan("LiberationSerif"));
		faults.addAll(printed.textRunningIntoText());
		faults.addAll(printed.headingsAtPageFoot(headings(html)));
		faults.addAll(printed.signatureAloneOrSplit("vi".equals(language) ? "Trên đây là báo cáo" : "This concludes"));
		for (Element table : Jsoup.parse(html).select("table.doc-table")) {
			faults.addAll(printed.tableHeaderNotRepeated(table.select("thead").text(),
					table.select("tbody tr").stream().map(Element::text).toList()));
		}
		faults.addAll(printed.splitOverPages(rows(html)));
		return faults;
	}

	/**
	 * The texts that head something: parts, sub-headings, the unit of measure over a
	 * table, a table's header row.
	 */
	static List<String> headings(String html) {
		return Jsoup.parse(html)
			.select("h2, h3, .unit-of-measure, .doc-table thead tr")
			.stream()
			.map(Element::text)
			.toList();
	}

	/**
	 * The text of every table row, which a page break must not split.
	 */
	static List<String> rows(String html) {
		return Jsoup.parse(html).select(".doc-table tbody tr").stream().map(Element::text).toList();
	}

	private String demoHtml(String language, int year, int quarter) {
		return html("NAM_NHUN", language, year, quarter);
	}

	/**
	 * The summary's document as a request in the language would have it: the figures in
	 * its sentences are formatted for the request's locale.
	 */
	private String html(String unit, String language, int year, int quarter) {
		Locale locale = Locale.forLanguageTag(language);
		LocaleContextHolder.setLocale(locale);
		try {
			return this.pdf.html(this.summaries.summary(this.users.admin(), unit, new Quarter(year, quarter), locale),
					locale);
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	private PrintedDocument print(String html, String name) throws IOException {
		byte[] bytes = this.pdf.pdf(html);
		Files.write(Files.createDirectories(PRINTS).resolve(name + ".pdf"), bytes);
		return PrintedDocument.read(bytes);
	}

}
