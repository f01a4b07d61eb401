package org.programtracker.program;

import org.programtracker.kernel.LocalizedName;

/**
 * A program as other features see it.
 *
 * @param id the program's id
 * @param version the version saved, for an optimistic check
 * @param code its code, which never changes
 * @param name its names
 * @param standingAgencyId the org unit that is its standing agency, {@code null} when
 * none
 * @param startYear the first plan year it runs in, {@code null} for an open start
 * @param endYear the last plan year it runs in, {@code null} for an open end
 * @param archived whether it has left progress, reports and choices
 * @param sortOrder its place among the programs
 */
public record ProgramView(long id, long version, String code, LocalizedName name, Long standingAgencyId,
		Integer startYear, Integer endYear, boolean archived, int sortOrder) {

	/**
	 * Whether the program runs in a plan year: not archived, and the year within its
	 * start and end years (an open end when either is not set).
	 */
	public boolean runsIn(int year) {
		return !this.archived && (this.startYear == null || this.startYear <= year)
				&& (this.endYear == null || year <= this.endYear);
	}

}
