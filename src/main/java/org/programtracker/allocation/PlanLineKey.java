package org.programtracker.allocation;

/**
 * Names a plan line by codes, as people and the API do: org unit, program, optional
 * component, capital type, funding source (central by default), plan year and origin year
 * (the plan year by default; earlier for carried-over capital).
 */
public record PlanLineKey(String orgUnit, String program, String component, CapitalType capitalType,
		FundingSource fundingSource, int planYear, Integer originYear) {

	public FundingSource fundingSourceOrDefault() {
		return (this.fundingSource == null) ? FundingSource.CENTRAL : this.fundingSource;
	}

	public int originYearOrDefault() {
		return (this.originYear == null) ? this.planYear : this.originYear;
	}

}
