package org.programtracker.importing;

import java.util.List;

import static org.programtracker.importing.SheetColumn.ADVANCE;
import static org.programtracker.importing.SheetColumn.AMOUNT;
import static org.programtracker.importing.SheetColumn.CAPITAL_TYPE;
import static org.programtracker.importing.SheetColumn.COMPONENT;
import static org.programtracker.importing.SheetColumn.DECISION_DATE;
import static org.programtracker.importing.SheetColumn.DECISION_NUMBER;
import static org.programtracker.importing.SheetColumn.FROM_UNIT;
import static org.programtracker.importing.SheetColumn.FUNDING_SOURCE;
import static org.programtracker.importing.SheetColumn.KIND;
import static org.programtracker.importing.SheetColumn.NOTE;
import static org.programtracker.importing.SheetColumn.ORG_UNIT;
import static org.programtracker.importing.SheetColumn.ORIGIN_YEAR;
import static org.programtracker.importing.SheetColumn.PROGRAM;
import static org.programtracker.importing.SheetColumn.RECOVERED;

/**
 * What a sheet imports: a quarter's disbursements, or a plan year's allocation decisions
 * (and adjustments) or assignments; the columns of its sheet, in the template's order,
 * and those a sheet must have.
 */
public enum ImportKind {

	DISBURSEMENTS(List.of(ORG_UNIT, PROGRAM, COMPONENT, CAPITAL_TYPE, FUNDING_SOURCE, ORIGIN_YEAR, AMOUNT, ADVANCE,
			RECOVERED, NOTE), List.of(ORG_UNIT, PROGRAM, CAPITAL_TYPE, AMOUNT)),

	DECISIONS(
			List.of(ORG_UNIT, PROGRAM, COMPONENT, CAPITAL_TYPE, FUNDING_SOURCE, ORIGIN_YEAR, KIND, DECISION_NUMBER,
					DECISION_DATE, AMOUNT, NOTE),
			List.of(ORG_UNIT, PROGRAM, CAPITAL_TYPE, DECISION_NUMBER, DECISION_DATE, AMOUNT)),

	ASSIGNMENTS(
			List.of(ORG_UNIT, FROM_UNIT, PROGRAM, CAPITAL_TYPE, FUNDING_SOURCE, ORIGIN_YEAR, DECISION_NUMBER,
					DECISION_DATE, AMOUNT, NOTE),
			List.of(ORG_UNIT, PROGRAM, CAPITAL_TYPE, DECISION_NUMBER, DECISION_DATE, AMOUNT));

	private final List<SheetColumn> columns;

	private final List<SheetColumn> required;

	ImportKind(List<SheetColumn> columns, List<SheetColumn> required) {
		this.columns = columns;
		this.required = required;
	}

	List<SheetColumn> columns() {
		return this.columns;
	}

	List<SheetColumn> required() {
		return this.required;
	}

	/**
	 * Whether the sheet is of a quarter (disbursements) rather than of a plan year.
	 */
	public boolean perQuarter() {
		return this == DISBURSEMENTS;
	}

	/**
	 * The kind a request names, case aside; disbursements when it names none.
	 * @throws IllegalArgumentException for a name that is not a kind
	 */
	public static ImportKind named(String name) {
		return (name == null || name.isBlank()) ? DISBURSEMENTS
				: valueOf(name.strip().toUpperCase(java.util.Locale.ROOT));
	}

}
