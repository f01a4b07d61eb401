package org.programtracker.dashboard;

import java.util.List;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.progress.Figures;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.ProgressReport;
import org.programtracker.progress.ProgressService.ComponentStep;
import org.programtracker.progress.UnitBreakdown;

/**
 * One step of the drill-down from a program: its components (or the children of one
 * component), the org units below the chosen one, and, once either is at the bottom of
 * its tree, the plan lines whose entries make up the figures.
 *
 * @param components the children of the chosen component, by capital type
 * @param units the children of the chosen unit
 * @param componentPath the components from the program's top down to the chosen one
 * @param unitPath the units from the top of the user's scope down to the chosen one
 * @param lines the plan lines of the chosen unit and component, or {@code null} while
 * both can still be broken down
 */
public record Drill(ProgressReport components, UnitBreakdown units, List<ComponentStep> componentPath,
		List<OrgUnitView> unitPath, List<PlanLineProgress> lines) {

	/**
	 * Whether the chosen component has children to break down into.
	 */
	public boolean hasChildComponents() {
		return this.components.rows().stream().anyMatch(row -> row.code() != null);
	}

	/**
	 * The plan lines of the plan year's own capital, summed: the same figures as the
	 * tables above them.
	 */
	public Figures yearLinesTotal() {
		return sumOfLines(false);
	}

	public Figures carriedOverLinesTotal() {
		return sumOfLines(true);
	}

	public boolean hasCarriedOverLines() {
		return this.lines != null && this.lines.stream().anyMatch(PlanLineProgress::carriedOver);
	}

	private Figures sumOfLines(boolean carriedOver) {
		return (this.lines == null) ? Figures.ZERO
				: this.lines.stream()
					.filter(line -> line.carriedOver() == carriedOver)
					.map(PlanLineProgress::figures)
					.reduce(Figures.ZERO, Figures::plus);
	}

	/**
	 * Every amount the step shows, of its components, units and lines: one precision for
	 * all its tables.
	 */
	public List<java.math.BigDecimal> amounts() {
		List<java.math.BigDecimal> amounts = new java.util.ArrayList<>(this.components.amounts());
		amounts.addAll(this.units.amounts());
		if (this.lines != null) {
			this.lines.forEach(line -> line.figures().amounts().forEach(amounts::add));
		}
		return amounts;
	}

}
