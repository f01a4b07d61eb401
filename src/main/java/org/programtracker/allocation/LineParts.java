package org.programtracker.allocation;

import java.util.Map;

import org.programtracker.orgunit.OrgUnit;
import org.programtracker.program.Program;
import org.programtracker.program.ProgramComponent;

/**
 * The units, programs and components of some plan lines, which name them by id, read a
 * set at a time through their features' services ({@link PlanLineService#partsOf}).
 */
public final class LineParts {

	private final Map<Long, OrgUnit> units;

	private final Map<Long, Program> programs;

	private final Map<Long, ProgramComponent> components;

	LineParts(Map<Long, OrgUnit> units, Map<Long, Program> programs, Map<Long, ProgramComponent> components) {
		this.units = units;
		this.programs = programs;
		this.components = components;
	}

	/**
	 * The unit that holds the line.
	 */
	public OrgUnit unitOf(PlanLine line) {
		return this.units.get(line.getOrgUnitId());
	}

	public Program programOf(PlanLine line) {
		return this.programs.get(line.getProgramId());
	}

	/**
	 * The line's component, {@code null} for a line of the program as a whole.
	 */
	public ProgramComponent componentOf(PlanLine line) {
		return (line.getComponentId() == null) ? null : this.components.get(line.getComponentId());
	}

	/**
	 * The code of the line's component, {@code null} for a line of the program as a
	 * whole.
	 */
	public String componentCodeOf(PlanLine line) {
		ProgramComponent component = componentOf(line);
		return (component == null) ? null : component.getCode();
	}

}
