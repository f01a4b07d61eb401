package org.programtracker.administration;

import java.net.URI;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.programtracker.orgunit.OrgUnitView;
import org.programtracker.program.ProgramView;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ApiController;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * {@code POST /api/v1/org-units} and {@code POST /api/v1/programs}, for administrators.
 */
@ApiController("/api/v1")
class AdministrationApiController {

	private final OrgUnitAdministration orgUnits;

	private final ProgramAdministration programs;

	AdministrationApiController(OrgUnitAdministration orgUnits, ProgramAdministration programs) {
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@PostMapping("/org-units")
	ResponseEntity<OrgUnitResponse> createOrgUnit(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @RequestBody OrgUnitRequest request) {
		OrgUnitView unit = this.orgUnits.create(user, request.code(), request.name(), null, request.parent(),
				request.validFrom());
		return ResponseEntity.created(URI.create("/api/v1/org-units/" + unit.code()))
			.body(new OrgUnitResponse(unit.code(), unit.name(), request.parent().strip(), unit.kind().name(),
					unit.validFrom()));
	}

	@PostMapping("/programs")
	ResponseEntity<ProgramResponse> createProgram(@AuthenticationPrincipal AppUserPrincipal user,
			@Valid @RequestBody ProgramRequest request) {
		ProgramView program = this.programs.create(user, request.code(), request.nameVi(), request.nameEn());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.code()))
			.body(new ProgramResponse(program.code(), program.name().vi(), program.name().en()));
	}

	/**
	 * A new unit; without {@code validFrom} it has always existed.
	 */
	record OrgUnitRequest(@NotBlank String code, @NotBlank String name, @NotBlank String parent, LocalDate validFrom) {

	}

	record OrgUnitResponse(String code, String name, String parent, String kind, LocalDate validFrom) {

	}

	record ProgramRequest(@NotBlank String code, @NotBlank String nameVi, String nameEn) {

	}

	record ProgramResponse(String code, String nameVi, String nameEn) {

	}

}
