package org.programtracker.allocation;

import org.programtracker.allocation.internal.Allocation;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/v1/allocations}: records an allocation decision, or an adjustment when
 * the amount is negative, on the plan line its codes name.
 */
@ApiController("/api/v1")
class AllocationApiController {

	private final AllocationService allocations;

	AllocationApiController(AllocationService allocations) {
		this.allocations = allocations;
	}

	@PostMapping("/allocations")
	ResponseEntity<AllocationResponse> create(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @RequestBody AllocationRequest request) {
		PlanLineKey key = new PlanLineKey(request.orgUnit(), request.program(), request.component(),
				request.capitalType(), null, request.planYear(), request.originYear());
		Allocation created = this.allocations.create(user, new DecisionCommand(key, null, request.decisionNumber(),
				request.decisionDate(), request.amountVnd(), null));
		AllocationResponse body = new AllocationResponse(created.getId(), created.getVersion(), created.getKind(),
				request.orgUnit(), request.program(), request.component(), request.capitalType(), request.planYear(),
				key.originYearOrDefault(), created.getAmountVnd(), created.getDecisionNumber(),
				created.getDecisionDate());
		return ResponseEntity.created(URI.create("/api/v1/allocations/" + created.getId())).body(body);
	}

	record AllocationRequest(@NotBlank String orgUnit, @NotBlank String program, String component,
			@NotNull CapitalType capitalType, @NotNull Integer planYear, Integer originYear,
			@NotNull BigDecimal amountVnd, @NotBlank String decisionNumber, @NotNull LocalDate decisionDate) {

	}

	record AllocationResponse(long id, long version, AllocationKind kind, String orgUnit, String program,
			String component, CapitalType capitalType, int planYear, int originYear, BigDecimal amountVnd,
			String decisionNumber, LocalDate decisionDate) {

	}

}
