package org.programtracker.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.programtracker.allocation.CapitalType;

import org.programtracker.directive.OverdueDirective;
import org.programtracker.disbursement.SubmissionService.UnitSubmission;
import org.programtracker.disbursement.SubmissionService.Unsubmitted;
import org.programtracker.progress.Figures;
import org.programtracker.progress.LinesNeedingAttention;
import org.programtracker.progress.PlanLineProgress;
import org.programtracker.progress.ProgressReport;
import org.programtracker.kernel.ProgressStatus;
import org.programtracker.progress.UnitProgress;

/**
 * What the steering committee should look at first: the units and plan lines with a
 * sizeable plan that have disbursed the smallest share of it, the lines that disbursed
 * more than their plan (or without any plan), the largest excess first, the units that
 * have not submitted and the overdue directives. Each list shows its first few items and
 * counts the rest.
 *
 * @param thresholdVnd the smallest plan that counts as sizeable
 * @param laggingUnits units lagging most, the lowest percentage first
 * @param laggingLines plan lines lagging most, the lowest percentage first
 * @param overPlanLines lines over plan or disbursed without a plan, the largest excess
 * first
 * @param unsubmittedUnits units that have not marked the open quarter submitted
 * @param overdueDirectives directives past their deadline and not done
 * @param allocationGaps the unit itself and its children, by capital type, that allocated
 * in detail more than they were assigned, or, once the days allowed for it are over, less
 * than they were assigned; the largest gap first
 * @param allocationDue the last day to allocate assigned capital in detail
 * @param carriedLinesDue carried-over lines close to their own deadline with a low
 * percent, the fewest days left first
 */
public record Attention(BigDecimal thresholdVnd, List<UnitProgress> laggingUnits, List<PlanLineProgress> laggingLines,
		Shown<PlanLineProgress> overPlanLines, Shown<UnitSubmission> unsubmittedUnits,
		Shown<OverdueDirective> overdueDirectives, Shown<AllocationGap> allocationGaps, LocalDate allocationDue,
		Shown<CarriedLineDue> carriedLinesDue) {

	static final int LIMIT = 5;

	/**
	 * Unit names read as one line of links, so more of them fit.
	 */
	static final int UNSUBMITTED_LIMIT = 24;

	/**
	 * The attention of a view: the lagging units picked among {@code units}, the lines as
	 * the database picked them ({@link LinesNeedingAttention}, at most {@link #LIMIT}
	 * each), the carried-over ones with the days from {@code today} to their deadline.
	 */
	static Attention of(BigDecimal thresholdVnd, List<UnitProgress> units, LinesNeedingAttention lines,
			Unsubmitted unsubmittedUnits, List<OverdueDirective> overdueDirectives, List<AllocationGap> allocationGaps,
			LocalDate allocationDue, LocalDate today) {
		List<UnitProgress> laggingUnits = units.stream()
			.filter(unit -> !unit.heldByParent() && lagging(unit.total(), thresholdVnd))
			.sorted(Comparator.comparing((UnitProgress unit) -> unit.percentOfPlan().value())
				.thenComparing(unit -> unit.total().planVnd(), Comparator.reverseOrder()))
			.limit(LIMIT)
			.toList();
		return new Attention(thresholdVnd, laggingUnits, lines.lagging(),
				new Shown<>(lines.overPlan(), lines.overPlanTotal()),
				new Shown<>(unsubmittedUnits.first(), unsubmittedUnits.total()), Shown.first(LIMIT, overdueDirectives),
				Shown.first(LIMIT, allocationGaps.stream()
					.sorted(Comparator.comparing((AllocationGap gap) -> gap.figures().notAllocatedInDetailVnd().abs(),
							Comparator.reverseOrder()))
					.toList()),
				allocationDue,
				new Shown<>(lines.carriedDue()
					.stream()
					.map(due -> new CarriedLineDue(due.line(), due.deadline(),
							ChronoUnit.DAYS.between(today, due.deadline())))
					.toList(), lines.carriedDueTotal()));
	}

	/**
	 * A carried-over line close to its own deadline with a low percent.
	 *
	 * @param line the line and its figures
	 * @param deadline its own deadline
	 * @param daysLeft the days from today to it
	 */
	public record CarriedLineDue(PlanLineProgress line, LocalDate deadline, long daysLeft) {

	}

	/**
	 * The gaps between assigned and detailed capital of the reported unit (by program and
	 * capital type, from its report) and of each of its child units (by capital type):
	 * every over-allocation, and what is still not allocated in detail when
	 * {@code allocationOverdue}.
	 */
	static List<AllocationGap> allocationGaps(ProgressReport report, List<UnitProgress> children,
			boolean allocationOverdue) {
		List<AllocationGap> gaps = new ArrayList<>();
		report.rows()
			.forEach(row -> gaps.add(new AllocationGap(report.orgUnitCode(), report.orgUnitName(), row.code(),
					row.capitalType(), row.figures())));
		children.stream()
			.filter(child -> !child.heldByParent())
			.forEach(child -> child.year()
				.forEach((type, figures) -> gaps
					.add(new AllocationGap(child.code(), child.name(), null, type, figures))));
		return gaps.stream()
			.filter(gap -> gap.figures().overAllocated()
					|| (allocationOverdue && gap.figures().notAllocatedInDetailVnd().signum() > 0))
			.toList();
	}

	/**
	 * A unit whose assigned and detailed capital of one type differ.
	 *
	 * @param code the unit's code
	 * @param name its name
	 * @param programCode the program, for the reported unit itself; {@code null} for a
	 * child unit, whose programs are summed
	 * @param capitalType the capital type
	 * @param figures its assigned, detailed and disbursed amounts
	 */
	public record AllocationGap(String code, String name, String programCode, CapitalType capitalType,
			Figures figures) {

	}

	private static boolean lagging(Figures figures, BigDecimal thresholdVnd) {
		ProgressStatus status = figures.percentOfPlan().status();
		return figures.planVnd().compareTo(thresholdVnd) >= 0
				&& (status == ProgressStatus.NOT_STARTED || status == ProgressStatus.IN_PROGRESS);
	}

	public boolean isEmpty() {
		return this.laggingUnits.isEmpty() && this.laggingLines.isEmpty() && this.overPlanLines.isEmpty()
				&& this.unsubmittedUnits.isEmpty() && this.overdueDirectives.isEmpty() && this.allocationGaps.isEmpty()
				&& this.carriedLinesDue.isEmpty();
	}

	/**
	 * How many items need attention, counting those each list leaves out.
	 */
	public int size() {
		return this.laggingUnits.size() + this.laggingLines.size() + this.overPlanLines.total()
				+ this.unsubmittedUnits.total() + this.overdueDirectives.total() + this.allocationGaps.total()
				+ this.carriedLinesDue.total();
	}

}
