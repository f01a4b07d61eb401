package org.programtracker.disbursement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.programtracker.kernel.LocalizedName;

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
 * @param programApprovals the programs whose standing agencies approved the quarter for
 * their program, in program order
 */
public record QuarterState(String orgUnitCode, String orgUnitName, Quarter quarter, SubmissionState state,
		String submittedBy, Instant submittedAt, LocalDate submittedOn, String decidedBy, Instant decidedAt,
		LocalDate decidedOn, String reason, long version, List<ProgramApproved> programApprovals) {

	public QuarterState {
		programApprovals = List.copyOf(programApprovals);
	}

	static QuarterState open(String orgUnitCode, String orgUnitName, Quarter quarter,
			List<ProgramApproved> programApprovals) {
		return new QuarterState(orgUnitCode, orgUnitName, quarter, SubmissionState.OPEN, null, null, null, null, null,
				null, null, -1, programApprovals);
	}

	/**
	 * The approval of the quarter for the program by its standing agency, if any.
	 */
	public Optional<ProgramApproved> approvalFor(String programCode) {
		return this.programApprovals.stream()
			.filter(approval -> approval.programCode().equals(programCode))
			.findFirst();
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

	/**
	 * A program's standing agency approved the unit's quarter for its program: the unit's
	 * figures of the program are read-only until the agency reopens it.
	 */
	public record ProgramApproved(String programCode, LocalizedName programName, String approvedBy, Instant approvedAt,
			LocalDate approvedOn) {

	}

}
