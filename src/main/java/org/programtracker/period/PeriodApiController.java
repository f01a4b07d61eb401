package org.programtracker.period;

import org.programtracker.period.internal.ReportingPeriod;

import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Closing and reopening quarters through the API (administrators only; a reopening needs
 * a reason): for the whole tree, or, with {@code orgUnit} (in the body or as a
 * parameter), for that unit's subtree only.
 */
@ApiController("/api/v1")
class PeriodApiController {

	private final PeriodService periods;

	PeriodApiController(PeriodService periods) {
		this.periods = periods;
	}

	@PostMapping("/periods/{year}/{quarter}/close")
	PeriodResponse close(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@PathVariable int quarter, @RequestParam(name = "orgUnit", required = false) String orgUnitParam,
			@RequestBody(required = false) CloseRequest request) {
		String orgUnit = orgUnit(orgUnitParam, (request == null) ? null : request.orgUnit());
		if (orgUnit != null) {
			return PeriodResponse.of(this.periods.closeFor(user, new Quarter(year, quarter), orgUnit));
		}
		return PeriodResponse.of(this.periods.close(user, new Quarter(year, quarter)));
	}

	@PostMapping("/periods/{year}/{quarter}/reopen")
	PeriodResponse reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@PathVariable int quarter, @RequestParam(name = "orgUnit", required = false) String orgUnitParam,
			@RequestBody(required = false) ReopenRequest request) {
		String reason = (request == null) ? null : request.reason();
		String orgUnit = orgUnit(orgUnitParam, (request == null) ? null : request.orgUnit());
		if (orgUnit != null) {
			return PeriodResponse.of(this.periods.reopenFor(user, new Quarter(year, quarter), orgUnit, reason));
		}
		return PeriodResponse.of(this.periods.reopen(user, new Quarter(year, quarter), reason));
	}

	private static String orgUnit(String param, String body) {
		String code = (param != null && !param.isBlank()) ? param : body;
		return (code == null || code.isBlank()) ? null : code.strip();
	}

	record CloseRequest(String orgUnit) {

	}

	record ReopenRequest(String reason, String orgUnit) {

	}

	/**
	 * A quarter's status, for the whole tree ({@code orgUnit} absent) or for one unit's
	 * subtree.
	 */
	record PeriodResponse(int year, int quarter, PeriodStatus status, String orgUnit) {

		static PeriodResponse of(ReportingPeriod period) {
			return new PeriodResponse(period.getQuarter().year(), period.getQuarter().quarter(), period.getStatus(),
					null);
		}

		static PeriodResponse of(PeriodService.UnitClosureView closure) {
			return new PeriodResponse(closure.quarter().year(), closure.quarter().quarter(),
					closure.closed() ? PeriodStatus.CLOSED : PeriodStatus.OPEN, closure.orgUnitCode());
		}

	}

}
