package org.programtracker.administration;

import java.util.List;

/**
 * A unit was not deleted because figures, accounts or other units depend on it.
 */
public class OrgUnitInUseException extends RuntimeException {

	private final transient List<OrgUnitDependency> dependencies;

	public OrgUnitInUseException(List<OrgUnitDependency> dependencies) {
		super("The org unit is in use: " + dependencies);
		this.dependencies = List.copyOf(dependencies);
	}

	public List<OrgUnitDependency> getDependencies() {
		return this.dependencies;
	}

}
