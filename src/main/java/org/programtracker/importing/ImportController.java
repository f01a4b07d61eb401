package org.programtracker.importing;

import org.programtracker.period.WorkingPeriod;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an editor imports a quarter's disbursements from a sheet instead of typing them
 * (or, once the year is over, its extension period's: {@code quarter=5}): a template to
 * fill in, the upload, and every problem of a refused sheet listed by row and column.
 */
@Controller
class ImportController {

	private static final String PENDING = ImportController.class.getName() + ".pending";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DisbursementImport imports;

	private final ProgressService progress;

	private final OrgUnitService orgUnits;

	private final Clock clock;

	private final WorkingPeriod workingPeriod;

	ImportController(DisbursementImport imports, ProgressService progress, OrgUnitService orgUnits, Clock clock,
			WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.imports = imports;
		this.progress = progress;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	@GetMapping("/imports")
	String form(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Model model) {
		requireEditor(user);
		return show(user, this.workingPeriod.choose(year, quarter), orgUnit, List.of(), model);
	}

	@GetMapping("/imports/template.xlsx")
	ResponseEntity<byte[]> template(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year,
			@RequestParam int quarter, @RequestParam(required = false) String orgUnit, Locale locale) {
		Quarter chosen = new Quarter(year, quarter);
		byte[] sheet = this.imports.template(user, orgUnit, chosen, locale);
		String name = "disbursements-" + this.orgUnits.visibleUnit(user.scope(), orgUnit).getCode() + "-" + year
				+ (chosen.isExtension() ? "-extension" : "-q" + quarter) + ".xlsx";
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
	String upload(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) MultipartFile file,
			Locale locale, HttpSession session, Model model) {
		requireEditor(user);
		Quarter chosen = new Quarter(year, quarter);
		if (file == null || file.isEmpty()) {
			return show(user, chosen, orgUnit, List.of(ImportProblem.of(0, "", "import.noFile")), model);
		}
		byte[] bytes;
		try {
			bytes = file.getBytes();
		}
		catch (IOException ex) {
			return show(user, chosen, orgUnit, List.of(ImportProblem.of(0, "", "import.notASheet")), model);
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		try {
			ImportOutcome preview = this.imports.preview(user, chosen, new ByteArrayInputStream(bytes), locale);
			PendingImport pending = new PendingImport(UUID.randomUUID().toString(), file.getOriginalFilename(),
					chosen.year(), chosen.quarter(), bytes);
			session.setAttribute(PENDING, pending);
			model.addAttribute("preview", preview);
			model.addAttribute("token", pending.token());
		}
		catch (ImportRejectedException ex) {
			session.removeAttribute(PENDING);
			return show(user, chosen, orgUnit, ex.getProblems(), model);
		}
		return show(user, chosen, orgUnit, List.of(), model);
	}

	/**
	 * Imports the previewed file, all or nothing, in one transaction; its rows are
	 * checked again, so that a figure changed since the preview is not overwritten
	 * unseen.
	 */
	@PostMapping("/imports/confirm")
	String confirm(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam String token, Locale locale,
			HttpSession session, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		Quarter chosen = new Quarter(year, quarter);
		PendingImport pending = (session.getAttribute(PENDING) instanceof PendingImport found
				&& found.token().equals(token) && found.year() == year && found.quarter() == quarter) ? found : null;
		if (pending == null) {
			return show(user, chosen, orgUnit, List.of(ImportProblem.of(0, "", "import.expired")), model);
		}
		try {
			ImportOutcome outcome = this.imports.importSheet(user, chosen, new ByteArrayInputStream(pending.bytes()),
					locale);
			session.removeAttribute(PENDING);
			redirect.addFlashAttribute("imported",
					outcome.count(ImportOutcome.Action.CREATE) + outcome.count(ImportOutcome.Action.CHANGE));
		}
		catch (ImportRejectedException ex) {
			session.removeAttribute(PENDING);
			model.addAttribute("fileName", pending.fileName());
			return show(user, chosen, orgUnit, ex.getProblems(), model);
		}
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		if (orgUnit != null && !orgUnit.isBlank()) {
			redirect.addAttribute("orgUnit", orgUnit);
		}
		return "redirect:/imports";
	}

	/**
	 * Drops the previewed file: nothing is imported.
	 */
	@PostMapping("/imports/cancel")
	String cancel(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, HttpSession session, RedirectAttributes redirect) {
		requireEditor(user);
		session.removeAttribute(PENDING);
		redirect.addFlashAttribute("cancelled", true);
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		if (orgUnit != null && !orgUnit.isBlank()) {
			redirect.addAttribute("orgUnit", orgUnit);
		}
		return "redirect:/imports";
	}

	/**
	 * A previewed file waiting for its confirmation, kept in the session.
	 */
	record PendingImport(String token, String fileName, int year, int quarter, byte[] bytes) implements Serializable {

	}

	private String show(AppUserPrincipal user, Quarter quarter, String orgUnit, List<ImportProblem> problems,
			Model model) {
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("quarter", quarter);
		model.addAttribute("extensionOffered", quarter.isExtension() || quarter.year() < today.getYear());
		model.addAttribute("orgUnit", this.orgUnits.visibleUnit(user.scope(), orgUnit).getCode());
		model.addAttribute("units",
				this.orgUnits.visibleUnits(user.scope()).stream().filter(unit -> !unit.isClosed()).toList());
		model.addAttribute("years", this.progress.selectableYears(quarter.year(), today));
		model.addAttribute("problems", problems);
		return "importing/import";
	}

	private static void requireEditor(AppUserPrincipal user) {
		if (!Permissions.mayEditFigures(user)) {
			throw new AccessDeniedException("Only an editor imports figures");
		}
	}

}
