package org.programtracker.progress;

import org.programtracker.period.WorkingPeriod;

import org.programtracker.allocation.FundingSource;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.programtracker.export.ExportFormat;
import org.programtracker.export.TableExports;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The progress table for an org unit, year and quarter: by program, and by component of
 * one program. The year and quarter default to the latest quarter with figures. Once a
 * year is over, its final figures (with its extension period, {@code quarter=5}) can be
 * chosen too.
 */
@Controller
class ProgressController {

	private final PageChoices choices;

	private final ProgressService progress;

	private final LapsedCapital lapsed;

	private final ProgressExport export;

	private final TableExports exports;

	private final WorkingPeriod workingPeriod;

	ProgressController(PageChoices choices, ProgressService progress, LapsedCapital lapsed, ProgressExport export,
			TableExports exports, WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.export = export;
		this.exports = exports;
		this.lapsed = lapsed;
		this.progress = progress;
	}

	@GetMapping("/")
	String home() {
		return "redirect:/progress";
	}

	@GetMapping("/progress")
	String byProgram(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) FundingSource fundingSource, Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		ProgressReport report = this.progress.byProgram(user.scope(), orgUnit, chosen, fundingSource);
		model.addAttribute("fundingSource", fundingSource);
		model.addAttribute("fundingSources", FundingSource.values());
		if (chosen.isExtension()) {
			model.addAttribute("lapsedVnd",
					this.lapsed.lapsedVnd(user.scope(), report.orgUnitCode(), chosen.year(), fundingSource));
		}
		return show(user, report, model);
	}

	/**
	 * The table of the page, as XLSX or CSV.
	 */
	@GetMapping(path = "/progress", params = "format")
	ResponseEntity<byte[]> exportByProgram(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) FundingSource fundingSource,
			@RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		ProgressReport report = this.progress.byProgram(user.scope(), orgUnit, chosen, fundingSource);
		return this.exports.download(this.export.table(report), chosenFormat, "tien-do-giai-ngan");
	}

	@GetMapping(path = "/progress/programs/{program}", params = "format")
	ResponseEntity<byte[]> exportByComponent(@AuthenticationPrincipal AppUserPrincipal user,
			@PathVariable String program, @RequestParam(required = false) String component,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		ProgressReport report = this.progress.byComponent(user.scope(), orgUnit, program, component, chosen);
		return this.exports.download(this.export.table(report), chosenFormat, "tien-do-" + program.strip());
	}

	@GetMapping("/progress/programs/{program}")
	String byComponent(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String program,
			@RequestParam(required = false) String component, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		ProgressReport report = this.progress.byComponent(user.scope(), orgUnit, program, component, chosen);
		return show(user, report, model);
	}

	private String show(AppUserPrincipal user, ProgressReport report, Model model) {
		model.addAttribute("report", report);
		model.addAttribute("extensionOffered", this.choices.extensionOffered(report.quarter()));
		model.addAttribute("rowLinks", new DrillLinks(report));
		this.choices.offerYearsAndUnits(model, user, report.quarter().year());
		return "progress/progress";
	}

	/**
	 * A row's item leads one level down, to the program's components or to the
	 * component's own; the figures are plain numbers.
	 */
	record DrillLinks(ProgressReport report) implements ProgressTableLinks {

		@Override
		public String item(ProgressRow row) {
			if (row.code() == null) {
				return null;
			}
			String program = this.report.level().programCode();
			UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/progress/programs/{program}");
			if (program != null) {
				uri.queryParam("component", row.code());
			}
			uri.queryParam("year", this.report.quarter().year()).queryParam("quarter", this.report.quarter().quarter());
			if (this.report.orgUnitCode() != null) {
				uri.queryParam("orgUnit", this.report.orgUnitCode());
			}
			return uri.buildAndExpand((program != null) ? program : row.code()).encode().toUriString();
		}

		@Override
		public String figures(ProgressRow row) {
			return null;
		}

	}

}
