package org.programtracker.disbursement;

import org.programtracker.disbursement.internal.Disbursement;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.PlanLineKey;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code PUT /api/v1/disbursements}: sets what was disbursed in one quarter on the plan
 * line its codes name. Advances not given stay as they were.
 */
@ApiController("/api/v1")
class DisbursementApiController {

	private final DisbursementService disbursements;

	DisbursementApiController(DisbursementService disbursements) {
		this.disbursements = disbursements;
	}

	@PutMapping("/disbursements")
	DisbursementResponse set(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @RequestBody DisbursementRequest request) {
		PlanLineKey key = new PlanLineKey(request.orgUnit(), request.program(), request.component(),
				request.capitalType(), null, request.planYear(), request.originYear());
		Disbursement entry = this.disbursements.set(user, key, request.quarter(),
				new EntryCommand(request.amountVnd(), request.advanceVnd(), request.advanceRecoveredVnd(), null, null));
		return new DisbursementResponse(entry.getId(), entry.getVersion(), request.orgUnit(), request.program(),
				request.component(), request.capitalType(), request.planYear(), key.originYearOrDefault(),
				request.quarter(), entry.getAmountVnd(), entry.getAdvanceVnd(), entry.getAdvanceRecoveredVnd());
	}

	record DisbursementRequest(@NotBlank String orgUnit, @NotBlank String program, String component,
			@NotNull CapitalType capitalType, @NotNull Integer planYear, Integer originYear,
			@NotNull @Min(1) @Max(4) Integer quarter, @NotNull BigDecimal amountVnd, BigDecimal advanceVnd,
			BigDecimal advanceRecoveredVnd) {

	}

	record DisbursementResponse(long id, long version, String orgUnit, String program, String component,
			CapitalType capitalType, int planYear, int originYear, int quarter, BigDecimal amountVnd,
			BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd) {

	}

}
