package org.programtracker.allocation;

import java.util.Map;

import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.program.ProgramView;
import org.programtracker.program.ProgramComponentView;

/**
 * The units, programs and components of some plan lines, which name them by id, read a
 * set at a time through their features' services ({@link PlanLineService#partsOf}).
 */
public final class LineParts {

	private final Map<Long, OrgUnitView> units;

	private final Map<Long, ProgramView> programs;

	private final Map<Long, ProgramComponentView> components;

	LineParts(Map<Long, OrgUnitView> units, Map<Long, ProgramView> programs,
			Map<Long, ProgramComponentView> components) {
		this.units = units;
		this.programs = programs;
		this.components = components;
	}

	/**
	 * The unit that holds the line.
	 */
	public OrgUnitView unitOf(PlanLineView line) {
		return this.units.get(line.orgUnitId());
	}

	public ProgramView programOf(PlanLineView line) {
		return this.programs.get(line.programId());
	}

	/**
	 * The line's component, {@code null} for a line of the program as a whole.
	 */
	public ProgramComponentView componentOf(PlanLineView line) {
		return (line.componentId() == null) ? null : this.components.get(line.componentId());
	}

	/**
	 * The code of the line's component, {@code null} for a line of the program as a
	 * whole.
	 */
	public String componentCodeOf(PlanLineView line) {
		ProgramComponentView component = componentOf(line);
		return (component == null) ? null : component.code();
	}

}
