package org.programtracker.disbursement;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;

import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.Quarter;

/**
 * A change to the figures of a unit whose quarter the unit above approved: read-only for
 * the unit until the approver reopens it. Answered 409 like a closed quarter, naming the
 * state and who approved when.
 */
public class QuarterApprovedException extends ClosedPeriodException {

	private final String orgUnitCode;

	private final String orgUnitName;

	private final String approvedBy;

	private final LocalDate approvedOn;

	public QuarterApprovedException(Quarter quarter, String orgUnitCode, String orgUnitName, String approvedBy,
			LocalDate approvedOn) {
		super(quarter, "Quarter " + quarter.quarter() + " of " + quarter.year() + " of " + orgUnitCode
				+ " was approved by " + approvedBy);
		this.orgUnitCode = orgUnitCode;
		this.orgUnitName = orgUnitName;
		this.approvedBy = approvedBy;
		this.approvedOn = approvedOn;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	@Override
	public String getMessageKey() {
		return "approval.readOnly";
	}

	@Override
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		return new Object[] { this.orgUnitName, getQuarter().quarter(), getQuarter().year(), this.approvedBy,
				date.apply(this.approvedOn) };
	}

	@Override
	public String getProblemType() {
		return "urn:program-tracker:quarter-approved";
	}

	@Override
	public String getProblemTitle() {
		return "Quarter approved";
	}

	@Override
	public Map<String, Object> getProblemProperties() {
		Map<String, Object> properties = super.getProblemProperties();
		properties.put("orgUnit", this.orgUnitCode);
		properties.put("state", SubmissionState.APPROVED.name());
		properties.put("approvedBy", this.approvedBy);
		properties.put("approvedOn", this.approvedOn.toString());
		return properties;
	}

}
