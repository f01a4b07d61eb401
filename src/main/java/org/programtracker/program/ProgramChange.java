package org.programtracker.program;

/**
 * What a program's writer sets on it, besides its code: its names (a blank English name
 * is the Vietnamese one), standing agency ({@code null}: none), years ({@code null}: an
 * open start or end), whether it is archived, and its sort order ({@code null}: a new
 * program goes last, a changed one stays where it is).
 */
public record ProgramChange(String nameVi, String nameEn, Long standingAgencyId, Integer startYear, Integer endYear,
		boolean archived, Integer sortOrder) {

}
