package org.programtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.programtracker.allocation.CapitalType;
import org.programtracker.kernel.ApiController;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports through the API, as on the page: {@code POST /api/v1/imports} with the sheet as
 * the {@code file} part of a multipart body (by editors and administrators) answers the
 * preview ({@code dryRun=true}, the default, 200) or imports it as one batch
 * ({@code dryRun=false}, 201); a refused sheet answers 400 with every problem by row and
 * column. {@code GET} lists the latest imports, {@code POST /{id}/undo} undoes one (409
 * with the reasons when it cannot be).
 */
@ApiController("/api/v1/imports")
class ImportApiController {

	private final SheetImports imports;

	private final MessageSource messages;

	ImportApiController(SheetImports imports, MessageSource messages) {
		this.imports = imports;
		this.messages = messages;
	}

	@PostMapping
	ResponseEntity<?> importSheet(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) ImportKind kind, @RequestParam int year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(defaultValue = "true") boolean dryRun, @RequestParam(required = false) MultipartFile file)
			throws IOException {
		Permissions.requireFigureEditor(user);
		ImportKind chosen = (kind == null) ? ImportKind.DISBURSEMENTS : kind;
		if (chosen.perQuarter() && quarter == null) {
			return refused(HttpStatus.BAD_REQUEST, "urn:program-tracker:invalid-parameter",
					List.of(ImportProblem.of(0, "", "import.api.quarterRequired")));
		}
		if (file == null || file.isEmpty()) {
			return refused(HttpStatus.BAD_REQUEST, "urn:program-tracker:import-rejected",
					List.of(ImportProblem.of(0, "", "import.noFile")));
		}
		ImportRequest request = new ImportRequest(chosen, year, quarter,
				(orgUnit == null || orgUnit.isBlank()) ? null : orgUnit.strip());
		try (InputStream sheet = file.getInputStream()) {
			ImportOutcome outcome = dryRun ? this.imports.preview(user, request, sheet, Locale.ENGLISH)
					: this.imports.importSheet(user, request, file.getOriginalFilename(), sheet, Locale.ENGLISH);
			OutcomeResponse body = OutcomeResponse.of(outcome);
			return dryRun ? ResponseEntity.ok(body)
					: ResponseEntity.created(URI.create("/api/v1/imports/" + outcome.batchId())).body(body);
		}
		catch (ImportRejectedException ex) {
			return refused(HttpStatus.BAD_REQUEST, "urn:program-tracker:import-rejected", ex.getProblems());
		}
	}

	@GetMapping
	List<ImportBatchView> batches(@AuthenticationPrincipal AppUserPrincipal user) {
		return this.imports.recentBatches(user);
	}

	@GetMapping("/{id}")
	ImportBatchView batch(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id) {
		return this.imports.batch(user, id);
	}

	@PostMapping("/{id}/undo")
	ResponseEntity<?> undo(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id) {
		try {
			return ResponseEntity.ok(this.imports.undo(user, id, null));
		}
		catch (ImportRejectedException ex) {
			return refused(HttpStatus.CONFLICT, "urn:program-tracker:undo-refused", ex.getProblems());
		}
	}

	private ResponseEntity<ProblemDetail> refused(HttpStatus status, String type, List<ImportProblem> problems) {
		List<Map<String, Object>> listed = problems.stream()
			.map(problem -> Map.<String, Object>of("row", problem.row(), "column", problem.column(), "message",
					this.messages.getMessage(problem.messageKey(), problem.argumentArray(), problem.messageKey(),
							Locale.ENGLISH)))
			.toList();
		ProblemDetail detail = ProblemDetail.forStatusAndDetail(status,
				(status == HttpStatus.CONFLICT) ? "The import cannot be undone." : "Nothing was imported.");
		detail.setTitle((status == HttpStatus.CONFLICT) ? "Refused" : "Invalid sheet");
		detail.setType(URI.create(type));
		detail.setProperty("problems", listed);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
	}

	/**
	 * The answer to an import or its preview.
	 */
	record OutcomeResponse(ImportKind kind, boolean dryRun, Long batchId, long created, long changed, long same,
			List<RowResponse> rows) {

		static OutcomeResponse of(ImportOutcome outcome) {
			return new OutcomeResponse(outcome.kind(), outcome.dryRun(), outcome.batchId(),
					outcome.count(ImportOutcome.Action.CREATE), outcome.count(ImportOutcome.Action.CHANGE),
					outcome.count(ImportOutcome.Action.SAME),
					outcome.rows()
						.stream()
						.map(row -> new RowResponse(row.row(), row.action(), row.orgUnit(), row.program(),
								row.component(), row.capitalType(), row.originYear(), row.beforeVnd(), row.afterVnd(),
								row.decisionNumber(), row.decisionDate()))
						.toList());
		}

	}

	record RowResponse(int row, ImportOutcome.Action action, String orgUnit, String program, String component,
			CapitalType capitalType, int originYear, BigDecimal beforeVnd, BigDecimal afterVnd, String decisionNumber,
			LocalDate decisionDate) {

	}

}
