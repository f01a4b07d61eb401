package org.programtracker.assignment;

import java.util.List;

import org.programtracker.kernel.LocalizedName;

/**
 * What the register's filters and the form offer: the units within the caller's scope,
 * the units that may grant capital to them (the scope's own and those above it), the
 * programs of the scope and the plan years that have assignments.
 */
public record AssignmentChoices(List<UnitChoice> units, List<UnitChoice> grantingUnits, List<ProgramChoice> programs,
		List<Integer> years) {

	/**
	 * A unit to filter by, or (when open) to record an assignment for.
	 */
	public record UnitChoice(String code, String name, int depth, boolean open) {

	}

	public record ProgramChoice(String code, LocalizedName name) {

	}

}
