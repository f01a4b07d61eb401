package org.programtracker.progress;

/**
 * A subtree's report by program and its breakdown by child unit, for all programs
 * ({@link ProgressService#byProgramAndOrgUnit}).
 */
public record SubtreeProgress(ProgressReport byProgram, UnitBreakdown byUnit) {

}
