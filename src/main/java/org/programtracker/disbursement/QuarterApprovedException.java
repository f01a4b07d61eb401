package org.programtracker.disbursement;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.Map;
import java.util.function.Function;

import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.Quarter;

/**
 * A change to the figures of a unit whose quarter the unit above approved (or the
 * program's standing agency, for its program): read-only for the unit until the approver
 * reopens it. Answered 409 like a closed quarter, naming the state, who approved when and
 * the program an agency approved it for.
 */
public class QuarterApprovedException extends ClosedPeriodException {

	private final String orgUnitCode;

	private final String orgUnitName;

	private final String approvedBy;

	private final LocalDate approvedOn;

	private final String programCode;

	/**
	 * @param programCode the program a standing agency approved the quarter for, or
	 * {@code null} when the unit above approved the whole quarter
	 */
	public QuarterApprovedException(Quarter quarter, String orgUnitCode, String orgUnitName, String approvedBy,
			LocalDate approvedOn, String programCode) {
		super(quarter, "Quarter " + quarter.quarter() + " of " + quarter.year() + " of " + orgUnitCode
				+ " was approved by " + approvedBy);
		this.orgUnitCode = orgUnitCode;
		this.orgUnitName = orgUnitName;
		this.approvedBy = approvedBy;
		this.approvedOn = approvedOn;
		this.programCode = programCode;
	}

	public String getApprovedBy() {
		return this.approvedBy;
	}

	@Override
	public String getMessageKey() {
		return (this.programCode == null) ? "approval.readOnly" : "approval.readOnlyForProgram";
	}

	@Override
	public Object[] getMessageArguments(Function<LocalDate, String> date) {
		Object[] arguments = { this.orgUnitName, getQuarter().quarter(), getQuarter().year(), this.approvedBy,
				date.apply(this.approvedOn) };
		return (this.programCode == null) ? arguments
				: Stream.concat(Arrays.stream(arguments), Stream.of(this.programCode)).toArray();
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
		if (this.programCode != null) {
			properties.put("program", this.programCode);
		}
		return properties;
	}

	/**
	 * The program a standing agency approved the quarter for: its code and its name in
	 * the reader's language.
	 */
	public record ForProgram(String code, String name) {

	}

}
