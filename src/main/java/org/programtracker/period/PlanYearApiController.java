package org.programtracker.period;

import java.time.LocalDate;

import org.programtracker.kernel.ApiController;
import org.programtracker.period.PlanYearDeadline.ExtensionState;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * A plan year's deadline through the API: anyone signed in reads it, an administrator
 * sets it by a decision, from 31 January to 31 December of the next year.
 */
@ApiController("/api/v1")
class PlanYearApiController {

	private final PlanYearService planYears;

	PlanYearApiController(PlanYearService planYears) {
		this.planYears = planYears;
	}

	@GetMapping("/plan-years/{year}/deadline")
	DeadlineResponse deadline(@PathVariable int year) {
		return DeadlineResponse.of(this.planYears.deadlineOf(year));
	}

	@PutMapping("/plan-years/{year}/deadline")
	DeadlineResponse setDeadline(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@RequestBody DeadlineRequest request) {
		return DeadlineResponse.of(this.planYears.setDeadline(user, year,
				new DeadlineDecision(request.deadline(), request.decisionNumber(), request.decisionDate(), null)));
	}

	record DeadlineRequest(LocalDate deadline, String decisionNumber, LocalDate decisionDate) {

	}

	/**
	 * The deadline, the decision that set it ({@code null} for the statutory one) and
	 * where the extension period stands today.
	 */
	record DeadlineResponse(int year, LocalDate deadline, String decisionNumber, LocalDate decisionDate,
			LocalDate extensionStart, ExtensionState extensionState) {

		static DeadlineResponse of(PlanYearDeadline deadline) {
			return new DeadlineResponse(deadline.year(), deadline.deadline(), deadline.decisionNumber(),
					deadline.decisionDate(), deadline.extensionStart(), deadline.state());
		}

	}

}
