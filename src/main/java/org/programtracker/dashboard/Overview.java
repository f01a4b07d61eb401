package org.programtracker.dashboard;

import java.util.Comparator;
import java.util.List;

import org.programtracker.progress.Figures;
import org.programtracker.progress.ProgramSeries;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.UnitBreakdown;
import org.programtracker.progress.UnitProgress;
import org.programtracker.kernel.LocalizedName;

/**
 * The dashboard of one org unit for one quarter: every figure read from
 * {@link org.programtracker.progress.ProgressService}, so it agrees with the progress
 * page, the API and the printed summary.
 *
 * @param report per program and capital type, with carried-over capital apart
 * @param units the unit's children
 * @param thisYear each program's plan-year capital quarter by quarter, then the total
 * @param lastYear the same for the same quarters of the year before
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
	 * Each program (then the total) at the reported quarter this year and last year.
	 */
	public List<YearOnYear> yearOnYear() {
		return java.util.stream.IntStream.range(0, this.thisYear.size())
			.mapToObj(i -> new YearOnYear(this.thisYear.get(i).code(), this.thisYear.get(i).name(),
					this.lastYear.get(i).latest(), this.thisYear.get(i).latest()))
			.toList();
	}

	/**
	 * One program's figures at the same quarter of two years.
	 *
	 * @param code the program's code, {@code null} for the total
	 * @param name its name
	 * @param lastYear the year before
	 * @param thisYear the year reported
	 */
	public record YearOnYear(String code, LocalizedName name, Figures lastYear, Figures thisYear) {

	}

}
