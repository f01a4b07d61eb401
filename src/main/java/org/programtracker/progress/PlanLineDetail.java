package org.programtracker.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.LocalizedName;

/**
 * A plan line with every decision and quarterly entry behind its figures. The figures add
 * up exactly the entries that count: the decisions dated up to the quarter's last day,
 * the entries of quarters 1 to Q.
 *
 * @param id the plan line's id
 * @param quarter the quarter reported
 * @param unitCode the holding unit's code
 * @param unitName its name
 * @param programCode the program's code
 * @param programName its name
 * @param componentCode the component's code, {@code null} for the program as a whole
 * @param componentName its name
 * @param capitalType investment or recurrent capital
 * @param fundingSource the funding source's code
 * @param originYear the year the capital was first planned
 * @param decisions allocation decisions and adjustments, by date
 * @param entries quarterly disbursements, by quarter
 */
public record PlanLineDetail(long id, Quarter quarter, String unitCode, String unitName, String programCode,
		LocalizedName programName, String componentCode, LocalizedName componentName, CapitalType capitalType,
		String fundingSource, int originYear, List<Decision> decisions, List<QuarterEntry> entries) {

	public boolean isCarriedOver() {
		return this.originYear < this.quarter.year();
	}

	/**
	 * The sum of the decisions that count and of the entries that count.
	 */
	public Figures figures() {
		BigDecimal plan = this.decisions.stream()
			.filter(Decision::counted)
			.map(Decision::amountVnd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal disbursed = this.entries.stream()
			.filter(QuarterEntry::counted)
			.map(QuarterEntry::amountVnd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Figures(plan, disbursed);
	}

	/**
	 * An allocation decision or adjustment.
	 *
	 * @param kind {@code ALLOCATION} or {@code ADJUSTMENT}
	 * @param number the decision's number
	 * @param date its date
	 * @param amountVnd the amount it allocates (negative for a reduction)
	 * @param note a note, or {@code null}
	 * @param counted whether it is dated up to the quarter's last day
	 */
	public record Decision(String kind, String number, LocalDate date, BigDecimal amountVnd, String note,
			boolean counted) {

	}

	/**
	 * What was disbursed in one quarter.
	 *
	 * @param quarter the quarter of the plan year
	 * @param amountVnd the amount disbursed
	 * @param advanceVnd of which paid as advances
	 * @param advanceRecoveredVnd advances recovered
	 * @param note a note, or {@code null}
	 * @param counted whether the quarter is up to the one reported
	 */
	public record QuarterEntry(int quarter, BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd,
			String note, boolean counted) {

	}

}
