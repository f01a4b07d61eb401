package org.programtracker.assignment;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.programtracker.allocation.CapitalType;
import org.programtracker.allocation.FundingSource;
import org.programtracker.kernel.ApiController;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/v1/assignments}: records capital assigned to a unit, from the unit
 * named in {@code from} or, without it, from outside the tree; a negative amount takes
 * capital back. {@code GET /api/v1/assignments/{id}} reads one back.
 */
@ApiController("/api/v1")
class AssignmentApiController {

	private final AssignmentService assignments;

	AssignmentApiController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/assignments")
	ResponseEntity<AssignmentResponse> create(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @RequestBody AssignmentRequest request) {
		request.refuseUnknownFields();
		AssignmentView created = this.assignments.record(user,
				new AssignmentCommand(request.orgUnit(), request.from(), request.program(), request.capitalType(),
						request.fundingSource(), request.planYear(), request.originYear(), request.decisionNumber(),
						request.decisionDate(), request.amountVnd(), null));
		return ResponseEntity.created(URI.create("/api/v1/assignments/" + created.id()))
			.body(AssignmentResponse.of(created));
	}

	@GetMapping("/assignments/{id}")
	AssignmentResponse read(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id) {
		return AssignmentResponse.of(this.assignments.assignment(user, id));
	}

	/**
	 * The body: exactly the fields of the API contract. Any other field is collected in
	 * {@code unknown} and refused, so that a misspelt {@code fundingsource} is not
	 * silently read as the default.
	 */
	record AssignmentRequest(@NotBlank String orgUnit, @NotBlank String program, @NotNull CapitalType capitalType,
			@NotNull Integer planYear, Integer originYear, FundingSource fundingSource, @NotNull BigDecimal amountVnd,
			@NotBlank String decisionNumber, @NotNull LocalDate decisionDate, String from,
			@JsonAnySetter Map<String, Object> unknown) {

		void refuseUnknownFields() {
			if (this.unknown != null && !this.unknown.isEmpty()) {
				String field = new TreeSet<>(this.unknown.keySet()).first();
				throw new RuleViolationException(field, "api.unknownField", field);
			}
		}

	}

	/**
	 * An assignment as the API answers it: {@code from} is {@code null} for capital from
	 * outside the tree.
	 */
	record AssignmentResponse(long id, long version, String orgUnit, String from, String program,
			CapitalType capitalType, FundingSource fundingSource, int planYear, int originYear, BigDecimal amountVnd,
			String decisionNumber, LocalDate decisionDate) {

		static AssignmentResponse of(AssignmentView view) {
			return new AssignmentResponse(view.id(), view.version(), view.orgUnitCode(), view.fromCode(),
					view.programCode(), view.capitalType(), view.fundingSource(), view.planYear(), view.originYear(),
					view.amountVnd(), view.decisionNumber(), view.decisionDate());
		}

	}

}
