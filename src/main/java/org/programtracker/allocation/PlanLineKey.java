package org.programtracker.allocation;

import java.util.Map;

/**
 * Names a plan line by codes, as people and the API do: org unit, program, optional
 * component, capital type, funding source (central by default), plan year and origin year
 * (the plan year by default; earlier for carried-over capital).
 */
public record PlanLineKey(String orgUnit, String program, String component, CapitalType capitalType,
		FundingSource fundingSource, int planYear, Integer originYear) {

	/**
	 * The line named by the columns of a demo or exchange file: {@code org_unit},
	 * {@code program}, {@code component} (empty for the program as a whole),
	 * {@code capital_type}, {@code plan_year} and {@code origin_year}, funded centrally.
	 */
	public static PlanLineKey ofColumns(Map<String, String> row) {
		return new PlanLineKey(row.get("org_unit"), row.get("program"), row.get("component"),
				CapitalType.valueOf(row.get("capital_type")), FundingSource.CENTRAL,
				Integer.parseInt(row.get("plan_year")), Integer.parseInt(row.get("origin_year")));
	}

	public FundingSource fundingSourceOrDefault() {
		return (this.fundingSource == null) ? FundingSource.CENTRAL : this.fundingSource;
	}

	public int originYearOrDefault() {
		return (this.originYear == null) ? this.planYear : this.originYear;
	}

}
