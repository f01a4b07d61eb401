package org.programtracker.disbursement;

import java.util.List;

import org.programtracker.kernel.FieldProblem;

/**
 * A grid that cannot be saved as typed; nothing of it was written. Each problem names its
 * cell as {@code rows[i].field}, {@code i} being the row's place in the submitted grid. A
 * cell whose text did not read is not among them: the form's binding already says so
 * beside the cell, and the grid is refused for it all the same.
 */
public class GridInvalidException extends RuntimeException {

	private final List<FieldProblem> problems;

	GridInvalidException(List<FieldProblem> problems) {
		super(problems.size() + " cells refused by the rules");
		this.problems = List.copyOf(problems);
	}

	public List<FieldProblem> getProblems() {
		return this.problems;
	}

}
