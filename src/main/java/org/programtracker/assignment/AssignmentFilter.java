package org.programtracker.assignment;

import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.DecisionRegister;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.RegisterFilter;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the register shows, as the URL carries it: the plan year, the receiving unit (with
 * the units under it), the program, capital type, funding source and the granting unit's
 * code, or {@link #FROM_OUTSIDE} for capital from outside the tree; {@code null} or blank
 * lets everything through. Sorted by one of {@link #SORT_KEYS}, newest decisions first by
 * default.
 */
public record AssignmentFilter(Integer year, String orgUnit, String program, CapitalType capitalType,
		FundingSource fundingSource, String from, String sortKey, boolean ascending) implements RegisterFilter {

	/**
	 * The granting "unit" of capital from outside the tree; in lower case, so that no
	 * unit code can be it.
	 */
	public static final String FROM_OUTSIDE = "outside";

	public static final List<String> SORT_KEYS = List.of("date", "number", "unit", "from", "program", "amount");

	public AssignmentFilter {
		sortKey = (sortKey != null && SORT_KEYS.contains(sortKey)) ? sortKey : "date";
		orgUnit = blankToNull(orgUnit);
		program = blankToNull(program);
		from = blankToNull(from);
	}

	/**
	 * Everything, newest decisions first.
	 */
	public static AssignmentFilter all() {
		return new AssignmentFilter(null, null, null, null, null, null, null, false);
	}

	public boolean fromOutside() {
		return FROM_OUTSIDE.equals(this.from);
	}

	@Override
	public UriComponentsBuilder writeTo(UriComponentsBuilder uri) {
		// "All years" is written as an empty year: without one the register opens at the
		// year being worked on.
		return uri.queryParam("year", (this.year != null) ? this.year : "")
			.queryParamIfPresent("orgUnit", RegisterFilter.present(this.orgUnit))
			.queryParamIfPresent("program", RegisterFilter.present(this.program))
			.queryParamIfPresent("capitalType", RegisterFilter.present(this.capitalType))
			.queryParamIfPresent("fundingSource", RegisterFilter.present(this.fundingSource))
			.queryParamIfPresent("from", RegisterFilter.present(this.from));
	}

	/**
	 * The detailed allocation of what the filter shows: the capital plans of the same
	 * year, unit, program and capital type.
	 */
	public DecisionRegister.Filter detailed() {
		return new DecisionRegister.Filter(this.year, this.orgUnit, this.program, this.capitalType, null, false);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
