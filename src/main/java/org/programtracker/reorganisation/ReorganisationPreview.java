package org.programtracker.reorganisation;

import java.time.LocalDate;
import java.util.List;

import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.LocalizedName;

/**
 * What a reorganisation will move, for the administrator to check before confirming.
 *
 * @param request the reorganisation asked for
 * @param unitCode the unit's code
 * @param unitName its name
 * @param targetName the target's name, {@code null} when there is none
 * @param units the units that change parent
 * @param lines the plan lines passed on, each with where it goes
 * @param users the users whose scope is the unit, each with the scope proposed
 * @param gainingUsers users who, after a move, see the unit's subtree and did not before
 * @param losingUsers users who, after a move, no longer see it
 * @param directives the texts of the open directives handed on
 * @param successorChoices the units a split may pass lines to, by code and name
 */
public record ReorganisationPreview(ReorganisationRequest request, String unitCode, String unitName, String targetName,
		List<UnitMove> units, List<LinePass> lines, List<UserScope> users, List<String> gainingUsers,
		List<String> losingUsers, List<String> directives, List<Choice> successorChoices) {

	public ReorganisationKind kind() {
		return this.request.kind();
	}

	public LocalDate effectiveDate() {
		return this.request.effectiveDate();
	}

	/**
	 * A unit that changes parent.
	 */
	public record UnitMove(String code, String name, String fromParent, String toParent) {

	}

	/**
	 * A plan line passed on: its key and the unit it goes to; {@code joins} when that
	 * unit already has a line with the key, so that the two become one.
	 */
	public record LinePass(long lineId, String programCode, String componentCode, LocalizedName componentName,
			CapitalType capitalType, FundingSource fundingSource, int planYear, int originYear, String toCode,
			String toName, boolean joins) {

	}

	/**
	 * A user of the unit: the scope now, and the one proposed ({@code null}: the user
	 * keeps the closed unit's scope, its history only).
	 */
	public record UserScope(long userId, String username, String displayName, String role, String proposedCode,
			String proposedName, boolean kept) {

	}

	/**
	 * A unit to choose.
	 */
	public record Choice(String code, String name) {

	}

}
