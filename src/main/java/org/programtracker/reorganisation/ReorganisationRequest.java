package org.programtracker.reorganisation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * A reorganisation as the administrator asks for it.
 *
 * @param kind what it does
 * @param unitCode the unit reorganised
 * @param targetCode the new parent (move), the unit merged into (merge), the main
 * successor (split) or the successor, if any (close)
 * @param effectiveDate the first day of the new arrangement
 * @param decisionNumber the decision that orders it
 * @param lineTargets for a split, the successor's code of each line, by line id
 * @param keptScopeUserIds the users of the unit that keep their scope (on a closed unit,
 * the history only) instead of taking the successor's
 */
public record ReorganisationRequest(ReorganisationKind kind, String unitCode, String targetCode,
		LocalDate effectiveDate, String decisionNumber, Map<Long, String> lineTargets, Set<Long> keptScopeUserIds) {

	public ReorganisationRequest {
		lineTargets = (lineTargets == null) ? Map.of() : Map.copyOf(lineTargets);
		keptScopeUserIds = (keptScopeUserIds == null) ? Set.of() : Set.copyOf(keptScopeUserIds);
	}

}
