package org.programtracker.importing;

/**
 * The columns of a quarterly disbursement sheet, named in its first row by these codes
 * (the same in every language, so that a sheet travels between users).
 */
enum SheetColumn {

	ORG_UNIT("org_unit"), PROGRAM("program"), COMPONENT("component"), CAPITAL_TYPE("capital_type"),
	FUNDING_SOURCE("funding_source"), ORIGIN_YEAR("origin_year"), AMOUNT("amount_million"), ADVANCE("advance_million"),
	RECOVERED("recovered_million"), NOTE("note");

	private final String header;

	SheetColumn(String header) {
		this.header = header;
	}

	String header() {
		return this.header;
	}

	/**
	 * The column a rule of the write services names by its field.
	 */
	static String ofField(String field) {
		return switch (field) {
			case "orgUnit" -> ORG_UNIT.header;
			case "program" -> PROGRAM.header;
			case "component" -> COMPONENT.header;
			case "capitalType" -> CAPITAL_TYPE.header;
			case "fundingSource" -> FUNDING_SOURCE.header;
			case "originYear", "planYear" -> ORIGIN_YEAR.header;
			case "advanceVnd" -> ADVANCE.header;
			case "advanceRecoveredVnd" -> RECOVERED.header;
			case "note" -> NOTE.header;
			default -> AMOUNT.header;
		};
	}

}
