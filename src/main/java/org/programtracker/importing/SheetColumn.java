package org.programtracker.importing;

/**
 * A column of an import sheet. Its first-row header is what the template writes in the
 * user's language ({@code import.header.<code>}); a sheet is read by that header in
 * Vietnamese or English, or by the code itself, so that a sheet travels between users and
 * scripts.
 */
enum SheetColumn {

	ORG_UNIT("org_unit"), FROM_UNIT("from_unit"), PROGRAM("program"), COMPONENT("component"),
	CAPITAL_TYPE("capital_type"), FUNDING_SOURCE("funding_source"), ORIGIN_YEAR("origin_year"), KIND("kind"),
	DECISION_NUMBER("decision_number"), DECISION_DATE("decision_date"), AMOUNT("amount_million"),
	ADVANCE("advance_million"), RECOVERED("recovered_million"), NOTE("note");

	private final String code;

	SheetColumn(String code) {
		this.code = code;
	}

	String code() {
		return this.code;
	}

	String headerKey() {
		return "import.header." + this.code;
	}

	/**
	 * The column a rule of the write services names by its field.
	 */
	static SheetColumn ofField(String field) {
		return switch ((field == null) ? "" : field) {
			case "orgUnit" -> ORG_UNIT;
			case "from" -> FROM_UNIT;
			case "program" -> PROGRAM;
			case "component" -> COMPONENT;
			case "capitalType" -> CAPITAL_TYPE;
			case "fundingSource" -> FUNDING_SOURCE;
			case "originYear", "planYear" -> ORIGIN_YEAR;
			case "kind" -> KIND;
			case "decisionNumber" -> DECISION_NUMBER;
			case "decisionDate" -> DECISION_DATE;
			case "advanceVnd" -> ADVANCE;
			case "advanceRecoveredVnd" -> RECOVERED;
			case "note" -> NOTE;
			default -> AMOUNT;
		};
	}

}
