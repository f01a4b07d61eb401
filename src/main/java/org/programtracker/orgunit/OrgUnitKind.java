package org.programtracker.orgunit;

/**
 * What an org unit is. Only a label: no rule depends on a level, so a tree of any depth
 * works.
 */
public enum OrgUnitKind {

	UNIT, PROVINCE, DISTRICT, COMMUNE, TOWNSHIP, AGENCY

}
