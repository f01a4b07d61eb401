package org.programtracker.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.directive.DirectiveView;
import org.programtracker.kernel.LocalizedName;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.narrative.ProgramNarrative;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;

/**
 * Everything the quarterly summary prints: header, progress table, the comparison with
 * the same quarter of the year before ({@code yearOnYear}, {@code null} when the year
 * before held no plan to compare with), per program its sentences and narrative, the
 * directives, and whether the quarter is closed (figures final) or still open
 * (provisional).
 */
public record QuarterlySummary(Quarter quarter, Header header, LocalDate issuedOn, Instant closedAt,
		ProgressReport progress, String yearOnYear, List<ProgramSection> programs, List<DirectiveView> directives,
		List<PrintedCheck> printedChecks, List<SourceSplit> bySource) {

	/**
	 * Whether the capital comes from more than one budget, so that the report shows them
	 * apart.
	 */
	public boolean hasSeveralSources() {
		return this.bySource.stream().filter(split -> !split.isEmpty()).count() > 1;
	}

	/**
	 * The plan year's capital funded from one budget, by capital type and in all:
	 * provinces report the central and the local budget apart.
	 *
	 * @param source the budget
	 * @param byCapitalType its figures by capital type
	 * @param total its figures in all
	 */
	public record SourceSplit(FundingSource source, Map<CapitalType, Figures> byCapitalType, Figures total) {

		boolean isEmpty() {
			return this.total.planVnd().signum() == 0 && this.total.disbursedVnd().signum() == 0
					&& this.total.assignedVnd().signum() == 0;
		}

	}

	public boolean isClosed() {
		return this.closedAt != null;
	}

	/**
	 * The day of issue as an administrative document writes it: two digits (Decree
	 * 30/2020).
	 */
	public String issuedDay() {
		return String.format("%02d", this.issuedOn.getDayOfMonth());
	}

	/**
	 * The month of issue as an administrative document writes it: a leading zero for
	 * January and February only (Decree 30/2020).
	 */
	public String issuedMonth() {
		int month = this.issuedOn.getMonthValue();
		return (month < 3) ? "0" + month : Integer.toString(month);
	}

	/**
	 * The figures of one program (or component) in all: the sum of its rows, one per
	 * capital type, whose percent is computed from the summed amounts.
	 */
	public Figures subtotal(List<ProgressRow> rows) {
		return rows.stream().map(ProgressRow::figures).reduce(Figures.ZERO, Figures::plus);
	}

	/**
	 * The figures of every row of the summary's figure tables, the progress table and the
	 * split by budget when it is shown: lines, subtotals and totals.
	 */
	public List<Figures> tableFigures() {
		List<Figures> shown = new ArrayList<>();
		this.progress.rows().forEach(row -> shown.add(row.figures()));
		this.progress.rowsByItem().forEach(group -> shown.add(subtotal(group)));
		shown.addAll(this.progress.totalsByCapitalType().values());
		shown.add(this.progress.total());
		this.progress.carriedOver().forEach(row -> shown.add(row.figures()));
		shown.add(this.progress.carriedOverTotal());
		if (hasSeveralSources()) {
			for (SourceSplit split : this.bySource) {
				shown.addAll(split.byCapitalType().values());
				shown.add(split.total());
			}
		}
		return shown;
	}

	/**
	 * Every amount the figure tables print: what decides the one precision of their
	 * amounts, in print and in the spreadsheet (the tables share their column widths).
	 */
	public List<BigDecimal> amounts() {
		boolean assigned = this.progress.showsAssigned();
		return tableFigures().stream()
			.flatMap(figures -> assigned ? figures.amounts() : Stream.of(figures.planVnd(), figures.disbursedVnd()))
			.toList();
	}

	/**
	 * The administrative header and signature (Decree 30/2020/NĐ-CP).
	 *
	 * @param authority the superior body, over the issuing body
	 * @param issuingBody the body that issues the report, empty when the authority issues
	 * it itself
	 * @param symbol the document's symbol, after the number left blank («BC-BCĐ»)
	 * @param place the place written before the date
	 * @param signerTitle the signer's authority and title, one line after another
	 * separated by {@code |} («TM. BAN CHỈ ĐẠO|TRƯỞNG BAN»)
	 * @param signerName the signer's name, empty to leave it to be written by hand
	 * @param recipients where the report goes, one line after another separated by
	 * {@code |}
	 */
	public record Header(String authority, String issuingBody, String symbol, String place, String signerTitle,
			String signerName, String recipients) {

		public List<String> signerTitleLines() {
			return lines(this.signerTitle);
		}

		public List<String> recipientLines() {
			return lines(this.recipients);
		}

		/**
		 * Whether the authority issues the report itself: its name is then the issuing
		 * body's, bold and underlined.
		 */
		public boolean authorityIssues() {
			return this.issuingBody.isBlank();
		}

		private static List<String> lines(String text) {
			return java.util.Arrays.stream(text.split("\\|"))
				.map(String::strip)
				.filter(line -> !line.isEmpty())
				.toList();
		}

	}

	/**
	 * A program's part of the summary: its sentences (one per capital type, then
	 * carried-over capital) and what its standing agency wrote.
	 */
	public record ProgramSection(String part, String code, LocalizedName name, List<String> sentences,
			ProgramNarrative narrative) {

	}

	/**
	 * The part that lists the directives: after the progress table (I) and one part per
	 * program.
	 */
	public String directivesPart() {
		return roman(this.programs.size() + 2);
	}

	/**
	 * Parts of an administrative report are numbered I, II, III…
	 */
	static String roman(int number) {
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] numerals = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder roman = new StringBuilder();
		int rest = number;
		for (int i = 0; i < values.length; i++) {
			while (rest >= values[i]) {
				roman.append(numerals[i]);
				rest -= values[i];
			}
		}
		return roman.toString();
	}

	/**
	 * A line of a published report checked against its own amounts and against ours.
	 *
	 * @param percentAgrees whether the printed percent equals the percent of the printed
	 * amounts at the printed precision, rounded or truncated
	 * @param computed the percent of the printed amounts, as this application computes it
	 * @param differsFromRecorded whether the printed amounts differ from the recorded
	 * ones
	 */
	public record PrintedCheck(String programCode, CapitalType capitalType, BigDecimal planMillion,
			BigDecimal disbursedMillion, BigDecimal printedPercent, String source, boolean percentAgrees,
			PercentOfPlan computed, boolean differsFromRecorded) {

	}

}
