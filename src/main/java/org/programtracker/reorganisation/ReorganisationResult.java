package org.programtracker.reorganisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What a reorganisation did; kept in the session for the page shown after it.
 *
 * @param kind what it did
 * @param orgUnit the unit reorganised
 * @param target the new parent, the unit merged into or the successor, if any
 * @param effectiveDate its first day
 * @param decisionNumber the decision
 * @param unitsMoved the codes of the units that changed parent
 * @param linesPassed how many plan lines passed on
 * @param usersRescoped the usernames given the successor's scope
 * @param directivesPassed how many open directives were handed on
 */
public record ReorganisationResult(ReorganisationKind kind, String orgUnit, String target, LocalDate effectiveDate,
		String decisionNumber, List<String> unitsMoved, int linesPassed, List<String> usersRescoped,
		int directivesPassed) implements Serializable {

}
