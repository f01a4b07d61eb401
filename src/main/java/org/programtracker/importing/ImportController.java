package org.programtracker.importing;

import org.programtracker.progress.PageChoices;
import org.programtracker.period.WorkingPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an editor imports figures from a sheet instead of typing them: a quarter's
 * disbursements (or, once the year is over, its extension period's: {@code quarter=5}),
 * or a plan year's allocation decisions or assignments. A template to fill in, the
 * upload, a preview of what each row will do (or every problem of the sheet, by row and
 * column), the confirmation, and the register of recent imports, each of which can be
 * undone as a whole.
 */
@Controller
class ImportController {

	private static final String PENDING = ImportController.class.getName() + ".pending";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final PageChoices choices;

	private final SheetImports imports;

	private final ImportTemplates templates;

	private final OrgUnitService orgUnits;

	private final WorkingPeriod workingPeriod;

	ImportController(PageChoices choices, SheetImports imports, ImportTemplates templates, OrgUnitService orgUnits,
			WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.imports = imports;
		this.templates = templates;
		this.orgUnits = orgUnits;
	}

	@GetMapping("/imports")
	String form(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) ImportKind kind,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) Integer tooLarge,
			Model model) {
		requireEditor(user);
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		// sent back here by the upload limit, before the file was read
		List<ImportProblem> problems = (tooLarge == null) ? List.of()
				: List.of(ImportProblem.of(0, "", "import.tooLarge", tooLarge));
		return show(user, request(kind, chosen.year(), chosen.quarter(), orgUnit), problems, model);
	}

	@GetMapping("/imports/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) ImportKind kind, @RequestParam int year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Locale locale) {
		ImportRequest request = request(kind, year, quarter, orgUnit);
		byte[] sheet = this.templates.template(user, request, locale);
		String period = switch (request.kind()) {
			case DISBURSEMENTS -> request.period().isExtension() ? "-extension" : "-q" + request.quarter();
			case DECISIONS, ASSIGNMENTS -> "";
		};
		String name = request.kind().name().toLowerCase(Locale.ROOT) + "-"
				+ this.orgUnits.visibleUnit(user.scope(), orgUnit).code() + "-" + year + period + ".xlsx";
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(sheet);
	}

	/**
	 * Reads the uploaded file and shows what importing it would do, row by row, without
	 * keeping anything; the file waits in the session for the confirmation.
	 */
	@PostMapping("/imports")
	String upload(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) ImportKind kind,
			@RequestParam int year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) MultipartFile file,
			Locale locale, HttpSession session, Model model) {
		requireEditor(user);
		ImportRequest request = request(kind, year, quarter, orgUnit);
		if (file == null || file.isEmpty()) {
			return show(user, request, List.of(ImportProblem.of(0, "", "import.noFile")), model);
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			return show(user, request, List.of(ImportProblem.of(0, "", "import.notASheet")), model);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			ImportOutcome preview = this.imports.preview(user, request, new ByteArrayInputStream(bytes), locale);
			PendingImport pending = new PendingImport(UUID.randomUUID().toString(), file.getOriginalFilename(), request,
					bytes);
			session.setAttribute(PENDING, pending);
			model.addAttribute("preview", preview);
			model.addAttribute("token", pending.token());
		}
		catch (ImportRejectedException ex) {
			session.removeAttribute(PENDING);
			return show(user, request, ex.getProblems(), model);
		}
		return show(user, request, List.of(), model);
	}

	/**
	 * Imports the previewed file, all or nothing, in one transaction; its rows are
	 * checked again, so that a figure changed since the preview is not overwritten
	 * unseen.
	 */
	@PostMapping("/imports/confirm")
	String confirm(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) ImportKind kind,
			@RequestParam int year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam String token, Locale locale,
			HttpSession session, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		ImportRequest request = request(kind, year, quarter, orgUnit);
		PendingImport pending = (session.getAttribute(PENDING) instanceof PendingImport found
				&& found.token().equals(token) && found.request().equals(request)) ? found : null;
		if (pending == null) {
			return show(user, request, List.of(ImportProblem.of(0, "", "import.expired")), model);
		}
		try {
			ImportOutcome outcome = this.imports.importSheet(user, request, pending.fileName(),
					new ByteArrayInputStream(pending.bytes()), locale);
			session.removeAttribute(PENDING);
			redirect.addFlashAttribute("imported", outcome.written());
			redirect.addFlashAttribute("batchId", outcome.batchId());
		}
		catch (ImportRejectedException ex) {
			session.removeAttribute(PENDING);
			model.addAttribute("fileName", pending.fileName());
			return show(user, request, ex.getProblems(), model);
		}
		return redirectTo(request, redirect);
	}

	/**
	 * Drops the previewed file: nothing is imported.
	 */
	@PostMapping("/imports/cancel")
	String cancel(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) ImportKind kind,
			@RequestParam int year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, HttpSession session, RedirectAttributes redirect) {
		requireEditor(user);
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("cancelled", true);
		return redirectTo(request(kind, year, quarter, orgUnit), redirect);
	}

	/**
	 * Undoes a kept import as a whole, or says why it cannot be.
	 */
	@PostMapping("/imports/batches/{id}/undo")
	String undo(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		ImportBatchView batch = this.imports.batch(user, id);
		ImportRequest request = new ImportRequest(batch.kind(), batch.year(),
				(batch.quarter() == null) ? Integer.valueOf(1) : batch.quarter(), batch.orgUnitCode());
		try {
			this.imports.undo(user, id, note);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("undoRefused", batch);
			return show(user, request, ex.getProblems(), model);
		}
		redirect.addFlashAttribute("undone", id);
		return redirectTo(request, redirect);
	}

	/**
	 * A previewed file waiting for its confirmation, kept in the session.
	 */
	record PendingImport(String token, String fileName, ImportRequest request, byte[] bytes) implements Serializable {

	}

	private static ImportRequest request(ImportKind kind, int year, Integer quarter, String orgUnit) {
		ImportKind chosen = (kind == null) ? ImportKind.DISBURSEMENTS : kind;
		return new ImportRequest(chosen, year, (chosen.perQuarter() && quarter == null) ? Integer.valueOf(1) : quarter,
				(orgUnit == null || orgUnit.isBlank()) ? null : orgUnit.strip());
	}

	private static String redirectTo(ImportRequest request, RedirectAttributes redirect) {
		redirect.addAttribute("kind", request.kind());
		redirect.addAttribute("year", request.year());
		if (request.quarter() != null) {
			redirect.addAttribute("quarter", request.quarter());
		}
		if (request.orgUnit() != null) {
			redirect.addAttribute("orgUnit", request.orgUnit());
		}
		return "redirect:/imports";
	}

	private String show(AppUserPrincipal user, ImportRequest request, List<ImportProblem> problems, Model model) {
		Quarter quarter = new Quarter(request.year(), (request.quarter() == null) ? 1 : request.quarter());
		model.addAttribute("importRequest", request);
		model.addAttribute("kinds", ImportKind.values());
		model.addAttribute("quarter", quarter);
		model.addAttribute("extensionOffered", this.choices.extensionOffered(quarter));
		model.addAttribute("orgUnit", this.orgUnits.visibleUnit(user.scope(), request.orgUnit()).code());
		model.addAttribute("units",
				this.orgUnits.visibleUnits(user.scope()).stream().filter(unit -> !unit.closed()).toList());
		model.addAttribute("years", this.choices.years(quarter.year()));
		model.addAttribute("problems", problems);
		model.addAttribute("batches", this.imports.recentBatches(user));
		return "importing/import";
	}

	private static void requireEditor(AppUserPrincipal user) {
		if (!Permissions.mayEditFigures(user)) {
			throw new AccessDeniedException("Only an editor imports figures");
		}
	}

}
