package org.programtracker.disbursement;

import java.time.Instant;
import java.util.List;

import org.programtracker.kernel.ApiController;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A unit's quarter through the API: its state, and the steps of its way up (submit by the
 * unit's editors; approve, return and reopen by the unit above, the last two with a
 * reason; the same three by a program's standing agency for its program, under
 * {@code /programs/{program}}). Each answers the state after the step.
 */
@ApiController("/api/v1/org-units/{code}/quarters/{year}/{quarter}")
class SubmissionApiController {

	private final SubmissionService submissions;

	SubmissionApiController(SubmissionService submissions) {
		this.submissions = submissions;
	}

	@GetMapping
	StateResponse state(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter) {
		return StateResponse.of(this.submissions.state(user, code, new Quarter(year, quarter)));
	}

	@PostMapping("/submit")
	StateResponse submit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter) {
		return StateResponse.of(this.submissions.submit(user, code, new Quarter(year, quarter)));
	}

	@PostMapping("/approve")
	StateResponse approve(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter) {
		return StateResponse.of(this.submissions.approve(user, code, new Quarter(year, quarter)));
	}

	@PostMapping("/return")
	StateResponse giveBack(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter, @RequestBody(required = false) ReasonRequest request) {
		return StateResponse
			.of(this.submissions.giveBack(user, code, new Quarter(year, quarter), ReasonRequest.reasonOf(request)));
	}

	@PostMapping("/reopen")
	StateResponse reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter, @RequestBody(required = false) ReasonRequest request) {
		return StateResponse
			.of(this.submissions.reopen(user, code, new Quarter(year, quarter), ReasonRequest.reasonOf(request)));
	}

	@PostMapping("/programs/{program}/approve")
	StateResponse approveFor(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter, @PathVariable String program) {
		return StateResponse.of(this.submissions.approveFor(user, code, new Quarter(year, quarter), program));
	}

	@PostMapping("/programs/{program}/return")
	StateResponse giveBackFor(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter, @PathVariable String program,
			@RequestBody(required = false) ReasonRequest request) {
		return StateResponse.of(this.submissions.giveBackFor(user, code, new Quarter(year, quarter), program,
				ReasonRequest.reasonOf(request)));
	}

	@PostMapping("/programs/{program}/reopen")
	StateResponse reopenFor(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@PathVariable int year, @PathVariable int quarter, @PathVariable String program,
			@RequestBody(required = false) ReasonRequest request) {
		return StateResponse.of(this.submissions.reopenFor(user, code, new Quarter(year, quarter), program,
				ReasonRequest.reasonOf(request)));
	}

	record ReasonRequest(String reason) {

		static String reasonOf(ReasonRequest request) {
			return (request == null) ? null : request.reason();
		}

	}

	record StateResponse(String orgUnit, int year, int quarter, SubmissionState state, String submittedBy,
			Instant submittedAt, String decidedBy, Instant decidedAt, String reason, long version,
			List<ProgramApprovalResponse> programApprovals) {

		static StateResponse of(QuarterState state) {
			return new StateResponse(state.orgUnitCode(), state.quarter().year(), state.quarter().quarter(),
					state.state(), state.submittedBy(), state.submittedAt(), state.decidedBy(), state.decidedAt(),
					state.reason(), state.version(),
					state.programApprovals()
						.stream()
						.map(approval -> new ProgramApprovalResponse(approval.programCode(), approval.approvedBy(),
								approval.approvedAt()))
						.toList());
		}

	}

	record ProgramApprovalResponse(String program, String approvedBy, Instant approvedAt) {

	}

}
