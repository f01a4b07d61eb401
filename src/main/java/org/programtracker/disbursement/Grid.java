package org.programtracker.disbursement;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.programtracker.allocation.CapitalType;
import org.programtracker.period.PlanYearDeadline;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.PercentOfPlan;
import org.programtracker.kernel.LocalizedName;

/**
 * The quarterly disbursement grid of an org unit's subtree: one row per plan line,
 * grouped by program (capital of the plan year first, then capital carried over), with
 * subtotals and totals. Amounts in đồng; percentages from {@link PercentOfPlan}. A unit
 * closed with a successor has a {@code unitSuccessorName} and takes no new figures. The
 * grid of a plan year's extension period has its {@code deadline}; it is {@code closed}
 * while the extension period takes no figures (before the year is over, after the
 * deadline). {@code closedForUnitName} names the unit whose subtree the quarter was
 * closed for, when one holds this unit; {@code approval} is where the unit's own quarter
 * stands (read-only once approved), {@code null} for the extension period.
 */
public record Grid(String orgUnitCode, String orgUnitName, Quarter quarter, PlanYearDeadline deadline, boolean closed,
		String unitSuccessorName, boolean editable, boolean manyUnits, List<Group> groups, Totals yearTotal,
		Totals carriedOverTotal, String closedForUnitName, QuarterState approval, int unshownRows) {

	/**
	 * The most lines a grid shows: a larger subtree (a province, the whole country) is
	 * not read line by line into one page; the page asks for a unit below it.
	 */
	public static final int MAX_SHOWN_ROWS = 10_000;

	/**
	 * The most lines a grid takes at once: a page posts ten fields a line, and the
	 * servlet container's parameter limit ({@code server.tomcat.max-parameter-count})
	 * stays above what a grid this long posts (GridLimitsTests). A larger unit is read
	 * here and entered unit by unit below it.
	 */
	public static final int MAX_EDITABLE_ROWS = 2000;

	/**
	 * A grid with every line it holds shown.
	 */
	public Grid(String orgUnitCode, String orgUnitName, Quarter quarter, PlanYearDeadline deadline, boolean closed,
			String unitSuccessorName, boolean editable, boolean manyUnits, List<Group> groups, Totals yearTotal,
			Totals carriedOverTotal, String closedForUnitName, QuarterState approval) {
		this(orgUnitCode, orgUnitName, quarter, deadline, closed, unitSuccessorName, editable, manyUnits, groups,
				yearTotal, carriedOverTotal, closedForUnitName, approval, 0);
	}

	/**
	 * Whether the unit holds more lines than a grid shows, none of them shown.
	 */
	public boolean tooManyRowsToShow() {
		return this.unshownRows > 0;
	}

	public boolean isEmpty() {
		return this.groups.isEmpty();
	}

	public int rowCount() {
		return this.groups.stream().mapToInt(group -> group.rows().size()).sum();
	}

	/**
	 * Whether the grid has more lines than are entered at once.
	 */
	public boolean tooManyRowsToEdit() {
		return rowCount() > MAX_EDITABLE_ROWS && !tooManyRowsToShow();
	}

	public int maxEditableRows() {
		return MAX_EDITABLE_ROWS;
	}

	public boolean hasCarriedOver() {
		return this.groups.stream().anyMatch(Group::carriedOver);
	}

	public Totals total() {
		return this.yearTotal.plus(this.carriedOverTotal);
	}

	/**
	 * Every amount of the grid's lines, shown or computed: what decides how many decimals
	 * its table shows (its subtotals and totals need no more than their lines).
	 */
	public List<BigDecimal> amounts() {
		return this.groups.stream().flatMap(group -> group.rows().stream()).flatMap(Row::amounts).toList();
	}

	/**
	 * The lines of one program (the year's, or those carried over), with
	 * {@code approvedForProgram} when the program's standing agency approved the unit's
	 * quarter for it: those rows are read-only until it reopens the quarter.
	 */
	public record Group(String programCode, LocalizedName programName, boolean carriedOver, List<Row> rows,
			Totals totals, QuarterState.ProgramApproved approvedForProgram) {

		public String key() {
			return (this.carriedOver ? "c-" : "y-") + this.programCode;
		}

	}

	/**
	 * One plan line: plan as of the quarter's end (the deadline, for the extension
	 * period), disbursed in earlier quarters (quarters 1 to 4, for the extension period),
	 * and this quarter's entry ({@code version} -1 when it has none yet).
	 */
	public record Row(long lineId, String programCode, String componentCode, LocalizedName componentName,
			String unitName, CapitalType capitalType, int originYear, BigDecimal planVnd, BigDecimal earlierVnd,
			BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal recoveredVnd, String note, long version) {

		public BigDecimal cumulativeVnd() {
			return this.earlierVnd.add((this.amountVnd == null) ? BigDecimal.ZERO : this.amountVnd);
		}

		public PercentOfPlan percentOfPlan() {
			return PercentOfPlan.of(cumulativeVnd(), this.planVnd);
		}

		/**
		 * The amounts the line shows: plan, earlier quarters, this quarter's entry and
		 * the cumulative.
		 */
		Stream<BigDecimal> amounts() {
			return Stream.of(this.planVnd, this.earlierVnd, this.amountVnd, this.advanceVnd, this.recoveredVnd,
					cumulativeVnd());
		}

	}

	public record Totals(BigDecimal planVnd, BigDecimal earlierVnd, BigDecimal amountVnd, BigDecimal advanceVnd,
			BigDecimal recoveredVnd) {

		public static final Totals ZERO = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
				BigDecimal.ZERO);

		public Totals plus(Row row) {
			return new Totals(this.planVnd.add(row.planVnd()), this.earlierVnd.add(row.earlierVnd()),
					this.amountVnd.add(orZero(row.amountVnd())), this.advanceVnd.add(orZero(row.advanceVnd())),
					this.recoveredVnd.add(orZero(row.recoveredVnd())));
		}

		public Totals plus(Totals other) {
			return new Totals(this.planVnd.add(other.planVnd), this.earlierVnd.add(other.earlierVnd),
					this.amountVnd.add(other.amountVnd), this.advanceVnd.add(other.advanceVnd),
					this.recoveredVnd.add(other.recoveredVnd));
		}

		public BigDecimal cumulativeVnd() {
			return this.earlierVnd.add(this.amountVnd);
		}

		public PercentOfPlan percentOfPlan() {
			return PercentOfPlan.of(cumulativeVnd(), this.planVnd);
		}

		private static BigDecimal orZero(BigDecimal amount) {
			return (amount == null) ? BigDecimal.ZERO : amount;
		}

	}

}
