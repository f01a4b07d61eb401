package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * Closing and reopening quarters through the API (administrators only; a reopening needs
 * a reason).
 */
@ApiController("/api/v1")
class PeriodApiController {

	private final PeriodService periods;

	PeriodApiController(PeriodService periods) {
		this.periods = periods;
	}

	@PostMapping("/periods/{year}/{quarter}/close")
	PeriodResponse close(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@PathVariable int quarter) {
		return PeriodResponse.of(this.periods.close(user, new Quarter(year, quarter)));
	}

	@PostMapping("/periods/{year}/{quarter}/reopen")
	PeriodResponse reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@PathVariable int quarter, @RequestBody(required = false) ReopenRequest request) {
		return PeriodResponse
			.of(this.periods.reopen(user, new Quarter(year, quarter), (request == null) ? null : request.reason()));
	}

	record ReopenRequest(String reason) {

	}

	record PeriodResponse(int year, int quarter, PeriodStatus status) {

		static PeriodResponse of(ReportingPeriod period) {
			return new PeriodResponse(period.getQuarter().year(), period.getQuarter().quarter(), period.getStatus());
		}

	}

}
