package org.programtracker.progress;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.period.Quarter;
import org.programtracker.kernel.LocalizedName;

/**
 * Progress of one org unit's subtree for a quarter: the plan year's capital line by line,
 * the capital carried over from earlier years on lines of its own, and totals of each.
 *
 * @param quarter the year and quarter reported
 * @param planAsOf the date up to which allocation decisions count
 * @param orgUnitCode the unit whose subtree is summed
 * @param orgUnitName its name
 * @param level what the rows break down: programs, or the components of {@code parent}
 * @param rows the plan year's capital, one row per item and capital type, always present
 * @param carriedOver capital carried over from earlier years, rows with any such capital
 */
public record ProgressReport(Quarter quarter, LocalDate planAsOf, String orgUnitCode, String orgUnitName, Level level,
		List<ProgressRow> rows, List<ProgressRow> carriedOver) {

	/**
	 * The level of the program tree that a report's rows stand for.
	 *
	 * @param programCode the program whose components are listed, {@code null} for all
	 * programs
	 * @param programName its name
	 * @param componentCode the component whose children are listed, {@code null} for the
	 * top
	 * @param componentName its name
	 */
	public record Level(String programCode, LocalizedName programName, String componentCode,
			LocalizedName componentName) {

		public static final Level PROGRAMS = new Level(null, null, null, null);

	}

	/**
	 * The rows grouped by item (program or component), in order: one group per item.
	 */
	public List<List<ProgressRow>> rowsByItem() {
		List<List<ProgressRow>> groups = new java.util.ArrayList<>();
		for (ProgressRow row : this.rows) {
			if (groups.isEmpty()
					|| !java.util.Objects.equals(groups.get(groups.size() - 1).get(0).code(), row.code())) {
				groups.add(new java.util.ArrayList<>());
			}
			groups.get(groups.size() - 1).add(row);
		}
		return groups;
	}

	/**
	 * Whether the rows carry the assigned base: rows of programs do, rows of components
	 * do not, since capital is assigned for a program as a whole.
	 */
	public boolean assignedBase() {
		return this.level.programCode() == null;
	}

	/**
	 * Whether the assigned base is shown: for rows that carry it, once any row has
	 * capital assigned. Pages and the printed report leave the assigned columns out of a
	 * year whose assignments were never recorded, rather than show a remainder of minus
	 * the plan.
	 */
	public boolean showsAssigned() {
		return assignedBase() && hasAssignments();
	}

	/**
	 * Whether any row has capital assigned.
	 */
	public boolean hasAssignments() {
		return java.util.stream.Stream.concat(this.rows.stream(), this.carriedOver.stream())
			.anyMatch(row -> row.figures().assignedVnd().signum() != 0);
	}

	public Map<CapitalType, Figures> totalsByCapitalType() {
		return totalsByCapitalType(this.rows);
	}

	/**
	 * Every amount of the report's rows, those carried over too: what decides how many
	 * decimals its tables show.
	 */
	public List<java.math.BigDecimal> amounts() {
		return java.util.stream.Stream.concat(this.rows.stream(), this.carriedOver.stream())
			.map(ProgressRow::figures)
			.flatMap(Figures::amounts)
			.toList();
	}

	public Figures total() {
		return sum(this.rows);
	}

	public Figures carriedOverTotal() {
		return sum(this.carriedOver);
	}

	private static Map<CapitalType, Figures> totalsByCapitalType(List<ProgressRow> rows) {
		Map<CapitalType, Figures> totals = new EnumMap<>(CapitalType.class);
		for (CapitalType type : CapitalType.values()) {
			totals.put(type, sum(rows.stream().filter(row -> row.capitalType() == type).toList()));
		}
		return totals;
	}

	/**
	 * The same report with only the rows of the items (programs) kept; the totals follow,
	 * since they are summed from the rows.
	 */
	public ProgressReport onlyItems(java.util.function.Predicate<String> kept) {
		return new ProgressReport(this.quarter, this.planAsOf, this.orgUnitCode, this.orgUnitName, this.level,
				this.rows.stream().filter(row -> kept.test(row.code())).toList(),
				this.carriedOver.stream().filter(row -> kept.test(row.code())).toList());
	}

	private static Figures sum(List<ProgressRow> rows) {
		return rows.stream().map(ProgressRow::figures).reduce(Figures.ZERO, Figures::plus);
	}

}
