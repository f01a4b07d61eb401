package org.programtracker.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;
import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgramSeries;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressRow;
import org.programtracker.progress.UnitBreakdown;
import org.programtracker.progress.UnitProgress;
import org.programtracker.kernel.LocalizedName;

/**
 * The dashboard of one org unit for one quarter: every figure read from
 * {@link org.programtracker.progress.ProgressService}, so it agrees with the progress
 * page, the API and the printed summary. Its charts draw these figures and no others:
 * investment and recurrent capital apart, as the table has them.
 *
 * @param report per program and capital type, with carried-over capital apart
 * @param units the unit's children
 * @param thisYear per capital type, each program's plan-year capital quarter by quarter
 * up to the quarter reported, then the type's total
 * @param lastYear the same for the four quarters of the year before
 * @param attention what lags and what is over plan
 */
public record Overview(ProgressReport report, UnitBreakdown units, List<ProgramSeries> thisYear,
		List<ProgramSeries> lastYear, Attention attention) {

	/**
	 * The child units, the highest percentage of plan first; units without a plan last.
	 */
	public List<UnitProgress> ranking() {
		Comparator<UnitProgress> byPercent = Comparator.comparing(unit -> unit.percentOfPlan().value(),
				Comparator.nullsLast(Comparator.reverseOrder()));
		return this.units.units()
			.stream()
			.filter(unit -> !unit.heldByParent())
			.sorted(byPercent.thenComparing(UnitProgress::name))
			.toList();
	}

	/**
	 * A bar chart per capital type of the table: a bar per program's row of that type,
	 * then the type's total, the very rows and totals the table shows.
	 */
	public List<CapitalBars> capitalBars() {
		Map<CapitalType, Figures> totals = this.report.totalsByCapitalType();
		return totals.keySet()
			.stream()
			.map(type -> new CapitalBars(type,
					this.report.rows().stream().filter(row -> row.capitalType() == type).toList(), totals.get(type)))
			.toList();
	}

	/**
	 * A line chart per capital type: the percent of plan, cumulative within each plan
	 * year, at the end of each quarter of the year before and of this year up to the
	 * quarter reported, per program and for the type's total.
	 */
	public List<QuarterLines> quarterLines() {
		int year = this.report.quarter().year();
		List<Quarter> quarters = new ArrayList<>();
		if (year > Quarter.FIRST_YEAR) {
			IntStream.rangeClosed(1, 4).forEach(q -> quarters.add(new Quarter(year - 1, q)));
		}
		IntStream.rangeClosed(1, this.report.quarter().quarter()).forEach(q -> quarters.add(new Quarter(year, q)));
		List<QuarterLines> charts = new ArrayList<>();
		for (CapitalType type : this.report.totalsByCapitalType().keySet()) {
			List<QuarterLines.Line> lines = this.thisYear.stream()
				.filter(series -> series.capitalType() == type)
				.map(series -> new QuarterLines.Line(series.code(), series.name(),
						points(previous(series), series.byQuarter())))
				.toList();
			charts.add(new QuarterLines(type, List.copyOf(quarters), lines));
		}
		return List.copyOf(charts);
	}

	private List<Figures> previous(ProgramSeries series) {
		return this.lastYear.stream()
			.filter(last -> last.capitalType() == series.capitalType() && Objects.equals(last.code(), series.code()))
			.findFirst()
			.map(ProgramSeries::byQuarter)
			.orElse(null);
	}

	/**
	 * Last year's four points (none for a program that did not run then), then this
	 * year's.
	 */
	private List<Figures> points(List<Figures> lastYear, List<Figures> thisYear) {
		List<Figures> points = new ArrayList<>();
		for (int i = 0; i < ((this.report.quarter().year() > Quarter.FIRST_YEAR) ? 4 : 0); i++) {
			points.add((lastYear == null) ? null : lastYear.get(i));
		}
		points.addAll(thisYear);
		return java.util.Collections.unmodifiableList(points);
	}

	/**
	 * The bars of one capital type.
	 *
	 * @param capitalType the capital type
	 * @param rows the table's rows of that type, a program each
	 * @param total the table's total of that type
	 */
	public record CapitalBars(CapitalType capitalType, List<ProgressRow> rows, Figures total) {

	}

	/**
	 * The lines of one capital type over the quarters of two plan years.
	 *
	 * @param capitalType the capital type
	 * @param quarters the quarters, the earliest first
	 * @param lines a line per program, then the type's total (code {@code null})
	 */
	public record QuarterLines(CapitalType capitalType, List<Quarter> quarters, List<Line> lines) {

		/**
		 * The expected pace at each quarter's end: the share of its plan year gone by.
		 */
		public List<Integer> pace() {
			return this.quarters.stream().map(quarter -> quarter.quarter() * 25).toList();
		}

		/**
		 * Every amount of the lines: what decides how many decimals their table shows.
		 */
		public List<java.math.BigDecimal> amounts() {
			return this.lines.stream()
				.flatMap(line -> line.points().stream())
				.filter(Objects::nonNull)
				.flatMap(Figures::amounts)
				.toList();
		}

		/**
		 * One program's points (or the total's), {@code null} where it did not run.
		 *
		 * @param code the program's code, {@code null} for the total
		 * @param name its name
		 * @param points the figures at each quarter's end
		 */
		public record Line(String code, LocalizedName name, List<Figures> points) {

		}

	}

}
