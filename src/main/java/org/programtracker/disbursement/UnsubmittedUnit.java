package org.programtracker.disbursement;

/**
 * A unit with a capital plan in the year that has not yet marked the quarter submitted.
 *
 * @param code the unit's code
 * @param name the unit's name
 */
public record UnsubmittedUnit(String code, String name) {

}
