package org.programtracker.reorganisation;

import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import jakarta.validation.Valid;
import org.programtracker.kernel.ApiController;
import org.programtracker.kernel.UnknownFields;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The reorganisation calls of the API contract, for administrators: {@code POST
 * /api/v1/org-units/{code}/move}, {@code …/merge}, {@code …/split} and {@code …/close}.
 * Users of a merged or closed unit take the successor's scope, as the preview proposes by
 * default; the answer names them.
 */
@ApiController("/api/v1/org-units/{code}")
class ReorganisationApiController {

	private final ReorganisationService reorganisations;

	ReorganisationApiController(ReorganisationService reorganisations) {
		this.reorganisations = reorganisations;
	}

	@PostMapping("/move")
	ReorganisationResult move(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@Valid @RequestBody MoveRequest request) {
		UnknownFields.refuse(request.unknown());
		return this.reorganisations.apply(user, new ReorganisationRequest(ReorganisationKind.MOVE, code,
				request.parent(), request.effectiveDate(), request.decisionNumber(), null, null));
	}

	@PostMapping("/merge")
	ReorganisationResult merge(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@Valid @RequestBody MergeRequest request) {
		UnknownFields.refuse(request.unknown());
		return this.reorganisations.apply(user, new ReorganisationRequest(ReorganisationKind.MERGE, code,
				request.into(), request.effectiveDate(), request.decisionNumber(), null, null));
	}

	@PostMapping("/split")
	ReorganisationResult split(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@Valid @RequestBody SplitRequest request) {
		UnknownFields.refuse(request.unknown());
		return this.reorganisations.apply(user, new ReorganisationRequest(ReorganisationKind.SPLIT, code,
				request.successor(), request.effectiveDate(), request.decisionNumber(), request.lines(), null));
	}

	@PostMapping("/close")
	ReorganisationResult close(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@Valid @RequestBody CloseRequest request) {
		UnknownFields.refuse(request.unknown());
		return this.reorganisations.apply(user, new ReorganisationRequest(ReorganisationKind.CLOSE, code,
				request.successor(), request.effectiveDate(), request.decisionNumber(), null, null));
	}

	record MoveRequest(String parent, LocalDate effectiveDate, String decisionNumber,
			@JsonAnySetter Map<String, Object> unknown) {

	}

	record MergeRequest(String into, LocalDate effectiveDate, String decisionNumber,
			@JsonAnySetter Map<String, Object> unknown) {

	}

	/**
	 * A split: the successor's code of each line the unit holds, by line id, and the main
	 * successor that takes its users and open directives.
	 */
	record SplitRequest(Map<Long, String> lines, String successor, LocalDate effectiveDate, String decisionNumber,
			@JsonAnySetter Map<String, Object> unknown) {

	}

	record CloseRequest(String successor, LocalDate effectiveDate, String decisionNumber,
			@JsonAnySetter Map<String, Object> unknown) {

	}

}
