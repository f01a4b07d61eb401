package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.programtracker.period.PlanYearDeadline;

/**
 * The lines of a plan year in a unit's subtree at the year's end, for the decision that
 * carries their remainders over or lets them lapse.
 *
 * @param year the plan year
 * @param unitCode the unit whose subtree is reviewed
 * @param unitName its name
 * @param deadline the plan year's deadline; carry-over opens the day after it
 * @param carriedDeadline the deadline carried lines get unless a decision says otherwise:
 * 31 December of the next year
 * @param lines every line with a positive remainder or already decided, in the order of
 * programs, components and units
 */
public record CarryOverReview(int year, String unitCode, String unitName, PlanYearDeadline deadline,
		LocalDate carriedDeadline, List<Remainder> lines) {

	/**
	 * Whether the deadline has passed, so that remainders may be decided.
	 */
	public boolean open() {
		return this.deadline.state() == PlanYearDeadline.ExtensionState.ENDED;
	}

	public List<Remainder> candidates() {
		return this.lines.stream().filter(Remainder::candidate).toList();
	}

	public List<Remainder> decided() {
		return this.lines.stream().filter(Remainder::decided).toList();
	}

	/**
	 * The remainders still to decide, in total.
	 */
	public BigDecimal undecidedVnd() {
		return candidates().stream().map(Remainder::remainderVnd).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * What was carried over or lapsed by earlier decisions, in total.
	 */
	public BigDecimal decidedVnd(YearEndOutcomeKind outcome) {
		return decided().stream()
			.filter(line -> line.outcome() == outcome)
			.map(Remainder::decidedVnd)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
