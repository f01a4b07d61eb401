package org.programtracker.importing;

import java.util.List;

/**
 * A sheet that was refused as a whole, with everything found wrong in it; nothing of it
 * was kept.
 */
public class ImportRejectedException extends RuntimeException {

	private final List<ImportProblem> problems;

	ImportRejectedException(List<ImportProblem> problems) {
		super(problems.size() + " problems in the imported sheet");
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> getProblems() {
		return this.problems;
	}

}
