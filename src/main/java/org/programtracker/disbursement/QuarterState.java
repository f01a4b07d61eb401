package org.programtracker.disbursement;

import java.time.Instant;
import java.time.LocalDate;

import org.programtracker.period.Quarter;

/**
 * Where a unit's quarter stands: its state, the latest submission and the latest decision
 * on it (approved, returned or reopened) with its reason.
 *
 * @param orgUnitCode the unit
 * @param orgUnitName its name
 * @param quarter the year and quarter
 * @param state the state; {@link SubmissionState#OPEN} when nothing was submitted yet
 * @param submittedBy who submitted last, or {@code null}
 * @param submittedAt when
 * @param submittedOn the day, in the office's time zone
 * @param decidedBy who approved, returned or reopened last, or {@code null}
 * @param decidedAt when
 * @param decidedOn the day, in the office's time zone
 * @param reason why the quarter was returned or reopened, or {@code null}
 * @param version the version of the row, {@code -1} when there is none
 */
public record QuarterState(String orgUnitCode, String orgUnitName, Quarter quarter, SubmissionState state,
		String submittedBy, Instant submittedAt, LocalDate submittedOn, String decidedBy, Instant decidedAt,
		LocalDate decidedOn, String reason, long version) {

	static QuarterState open(String orgUnitCode, String orgUnitName, Quarter quarter) {
		return new QuarterState(orgUnitCode, orgUnitName, quarter, SubmissionState.OPEN, null, null, null, null, null,
				null, null, -1);
	}

	public boolean approved() {
		return this.state == SubmissionState.APPROVED;
	}

	public boolean returned() {
		return this.state == SubmissionState.RETURNED;
	}

	/**
	 * Whether the approver reopened the quarter after approving it.
	 */
	public boolean reopened() {
		return this.state == SubmissionState.OPEN && this.decidedBy != null;
	}

}
