package org.programtracker.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.programtracker.kernel.Formats;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.progress.Figures;

import org.springframework.stereotype.Component;

/**
 * How wide the figure columns of the printed summary's tables are: each as wide as its
 * longest figure needs, set in bold in the report's serif at the table's size, and never
 * narrower than its heading needs to wrap onto three lines at most. The tables are laid
 * out with these widths (a fixed layout reads the same in every renderer), the text
 * column taking the rest; so a figure never runs out of its cell into its neighbour's,
 * however large, and a small report's text column is as wide as it can be. A table with
 * the assigned base whose figures leave its text column too little room at the usual size
 * is set smaller ({@code compact}).
 * <p>
 * The {@code double}s here are lengths on the page (ems, points, millimetres), measured
 * on the figures as {@link Formats} writes them, every amount with the tables' one
 * precision ({@link QuarterlySummary#amounts()}); no amount is ever computed with them.
 */
@Component("figureColumns")
class FigureColumns {

	/**
	 * The type sizes of the tables, in points, as report.css sets them: with the plan
	 * alone ({@code one-base}), with the assigned base too ({@code two-bases}), and
	 * {@code compact}.
	 */
	static final double ONE_BASE_PT = 11;

	static final double TWO_BASES_PT = 9;

	static final double COMPACT_PT = 8;

	/**
	 * The least width of an amount column, in ems of the table's type: room for its
	 * heading («Kế hoạch phân bổ chi tiết») on three lines.
	 */
	private static final double LEAST_AMOUNT = 4.5;

	private static final double LEAST_PERCENT = 3.5;

	/**
	 * The cell's padding on both sides and the borders, in ems.
	 */
	private static final double PADDING = 0.7;

	/**
	 * The width the figure columns of a table with the assigned base may take at the
	 * usual size, in millimetres: the text area's 165 less the number and status columns
	 * (26) and 40 for the text column.
	 */
	private static final double MOST_AT_USUAL_SIZE_MM = 99;

	private static final double MM_PER_PT = 25.4 / 72;

	private final Formats formats;

	FigureColumns(Formats formats) {
		this.formats = formats;
	}

	/**
	 * The widths of the figure columns of the summary's tables (the progress table and
	 * the split by budget share them), as CSS classes of their {@code col} elements, and
	 * the table's own class.
	 */
	public Widths of(QuarterlySummary summary) {
		List<Figures> shown = summary.tableFigures();
		int decimals = this.formats.decimalsFor(summary.amounts());
		double[] ems = { amountEms(shown, Figures::assignedVnd, decimals), amountEms(shown, Figures::planVnd, decimals),
				amountEms(shown, Figures::notAllocatedInDetailVnd, decimals),
				amountEms(shown, Figures::disbursedVnd, decimals), percentEms(shown, Figures::percentOfPlan),
				percentEms(shown, Figures::percentOfAssigned) };
		if (!summary.progress().showsAssigned()) {
			return widths("one-base", ems, ONE_BASE_PT);
		}
		double total = 0;
		for (double em : ems) {
			total += em;
		}
		return (total * TWO_BASES_PT * MM_PER_PT > MOST_AT_USUAL_SIZE_MM) ? widths("two-bases compact", ems, COMPACT_PT)
				: widths("two-bases", ems, TWO_BASES_PT);
	}

	private static Widths widths(String table, double[] ems, double pointSize) {
		return new Widths(table, mm(ems[0], pointSize), mm(ems[1], pointSize), mm(ems[2], pointSize),
				mm(ems[3], pointSize), mm(ems[4], pointSize), mm(ems[5], pointSize));
	}

	private double amountEms(List<Figures> shown, Function<Figures, BigDecimal> amount, int decimals) {
		double widest = 0;
		for (Figures figures : shown) {
			widest = Math.max(widest, ems(this.formats.millions(amount.apply(figures), decimals)));
		}
		return Math.max(LEAST_AMOUNT, widest + PADDING);
	}

	private double percentEms(List<Figures> shown, Function<Figures, PercentOfPlan> percent) {
		double widest = 0;
		for (Figures figures : shown) {
			widest = Math.max(widest, ems(this.formats.percent(percent.apply(figures))));
		}
		return Math.max(LEAST_PERCENT, widest + PADDING);
	}

	/**
	 * The width of a figure in bold Times-metric type, in ems: figures half an em,
	 * separators a quarter, the minus a third, the percent sign a whole one.
	 */
	static double ems(String figure) {
		double ems = 0;
		for (char c : figure.toCharArray()) {
			ems += switch (c) {
				case '.', ',', ' ', '\u00a0' -> 0.25;
				case '-', '\u2212' -> 0.333;
				case '%' -> 1.0;
				default -> 0.5;
			};
		}
		return ems;
	}

	/**
	 * The class of a column this many ems of this type wide, in whole millimetres:
	 * «mm-17»; report.css has a rule for each from 8 to 45 millimetres.
	 */
	private static String mm(double ems, double pointSize) {
		long mm = (long) Math.ceil(ems * pointSize * MM_PER_PT);
		return "mm-" + Math.max(8, Math.min(45, mm));
	}

	/**
	 * The table's classes (its type size), and the width classes of its figure columns.
	 */
	public record Widths(String table, String assigned, String plan, String notAllocated, String disbursed,
			String percentOfPlan, String percentOfAssigned) {

	}

}
