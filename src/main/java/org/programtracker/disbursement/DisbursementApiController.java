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
import org.programtracker.period.PlanYearPeriod;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code PUT /api/v1/disbursements}: sets what was disbursed in one quarter, or with
 * {@code "period": "EXTENSION"} in the plan year's extension period (after 31 December up
 * to the deadline), on the plan line its codes name. Advances not given stay as they
 * were.
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
		int quarter = request.quarterNumber();
		PlanLineKey key = new PlanLineKey(request.orgUnit(), request.program(), request.component(),
				request.capitalType(), null, request.planYear(), request.originYear());
		Disbursement entry = this.disbursements.set(user, key, quarter,
				new EntryCommand(request.amountVnd(), request.advanceVnd(), request.advanceRecoveredVnd(), null, null));
		return new DisbursementResponse(entry.getId(), entry.getVersion(), request.orgUnit(), request.program(),
				request.component(), request.capitalType(), request.planYear(), key.originYearOrDefault(),
				request.quarter(), request.period(), entry.getAmountVnd(), entry.getAdvanceVnd(),
				entry.getAdvanceRecoveredVnd());
	}

	record DisbursementRequest(@NotBlank String orgUnit, @NotBlank String program, String component,
			@NotNull CapitalType capitalType, @NotNull Integer planYear, Integer originYear,
			@Min(1) @Max(4) Integer quarter, PlanYearPeriod period, @NotNull BigDecimal amountVnd,
			BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd) {

		/**
		 * The quarter given, or the extension period: exactly one of them.
		 */
		int quarterNumber() {
			if (this.quarter != null && this.period != null) {
				throw new RuleViolationException("period", "entry.quarterAndPeriod");
			}
			if (this.quarter == null && this.period == null) {
				throw new RuleViolationException("quarter", "entry.quarterOrPeriod");
			}
			return (this.period == PlanYearPeriod.EXTENSION) ? Quarter.EXTENSION : this.quarter;
		}

	}

	/**
	 * The entry as saved: {@code quarter} 1 to 4 and {@code period} {@code null}, or
	 * {@code quarter} {@code null} and {@code period} {@code EXTENSION}.
	 */
	record DisbursementResponse(long id, long version, String orgUnit, String program, String component,
			CapitalType capitalType, int planYear, int originYear, Integer quarter, PlanYearPeriod period,
			BigDecimal amountVnd, BigDecimal advanceVnd, BigDecimal advanceRecoveredVnd) {

	}

}
