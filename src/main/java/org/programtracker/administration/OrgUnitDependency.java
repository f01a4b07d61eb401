package org.programtracker.administration;

/**
 * One kind of thing that refers to an org unit and keeps it from being deleted: its
 * message key is {@code orgUnit.dependency.<kind>}, with the count and the names (or
 * years) as arguments.
 */
public record OrgUnitDependency(String kind, long count, String names) {

	public String messageKey() {
		return "orgUnit.dependency." + this.kind;
	}

}
