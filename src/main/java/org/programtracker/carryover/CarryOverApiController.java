package org.programtracker.carryover;

import java.time.LocalDate;
import java.util.List;

import org.programtracker.kernel.ApiController;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Carries every remainder of a plan year's lines (of the subtree of {@code orgUnit}, the
 * whole tree by default) into the next plan year by one decision, after the deadline.
 */
@ApiController("/api/v1")
class CarryOverApiController {

	private final CarryOverService carryOver;

	CarryOverApiController(CarryOverService carryOver) {
		this.carryOver = carryOver;
	}

	@PostMapping("/plan-years/{year}/carry-over")
	@ResponseStatus(HttpStatus.CREATED)
	List<CarriedLine> carryOver(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@RequestBody CarryOverRequest request) {
		return this.carryOver.confirm(user, year, request.orgUnit(),
				CarryOverDecision.carryingEverything(request.decisionNumber(), request.decisionDate()));
	}

	record CarryOverRequest(String decisionNumber, LocalDate decisionDate, String orgUnit) {

	}

}
