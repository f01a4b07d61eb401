package org.programtracker.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final DisbursementImport imports;

	private final ProgressService progress;

	private final OrgUnitService orgUnits;

	private final Clock clock;

	ImportController(DisbursementImport imports, ProgressService progress, OrgUnitService orgUnits, Clock clock) {
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
		return show(user, this.progress.chooseQuarter(year, quarter, LocalDate.now(this.clock)), orgUnit, List.of(),
				model);
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

	@PostMapping("/imports")
	String upload(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) MultipartFile file,
			Locale locale, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		Quarter chosen = new Quarter(year, quarter);
		if (file == null || file.isEmpty()) {
			return show(user, chosen, orgUnit, List.of(ImportProblem.of(0, "", "import.noFile")), model);
		}
		try (InputStream input = file.getInputStream()) {
			int imported = this.imports.importSheet(user, chosen, input, locale);
			redirect.addFlashAttribute("imported", imported);
		}
		catch (ImportRejectedException ex) {
			model.addAttribute("fileName", file.getOriginalFilename());
			return show(user, chosen, orgUnit, ex.getProblems(), model);
		}
		catch (IOException ex) {
			return show(user, chosen, orgUnit, List.of(ImportProblem.of(0, "", "import.notASheet")), model);
		}
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		if (orgUnit != null && !orgUnit.isBlank()) {
			redirect.addAttribute("orgUnit", orgUnit);
		}
		return "redirect:/imports";
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
