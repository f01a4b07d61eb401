package org.programtracker.disbursement;

import org.programtracker.progress.PageChoices;
import org.programtracker.period.WorkingPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.period.PlanYearDeadline;
import org.programtracker.period.PlanYearService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.FormErrors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The quarterly disbursement grid: pick a unit, year and quarter (or, once the year is
 * over, its extension period: {@code quarter=5}); type this quarter's amounts; save the
 * whole grid at once. A cell that does not read and a cell the service refuses both show
 * their reason beside the cell, on the same page, and nothing is saved.
 */
@Controller
class GridController {

	private final PageChoices choices;

	private final GridService grids;

	private final SubmissionService submissions;

	private final PlanYearService planYears;

	private final Clock clock;

	private final WorkingPeriod workingPeriod;

	GridController(PageChoices choices, GridService grids, SubmissionService submissions, PlanYearService planYears,
			Clock clock, WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.grids = grids;
		this.submissions = submissions;
		this.planYears = planYears;
		this.clock = clock;
	}

	@GetMapping("/disbursements")
	String show(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter);
		Grid grid = this.grids.load(user, orgUnit, chosen);
		return page(user, grid, GridForm.of(grid), model);
	}

	@PostMapping("/disbursements")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam int year, @RequestParam int quarter, @ModelAttribute("form") GridForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Quarter chosen = new Quarter(year, quarter);
		// the grid itself is read only when the page is shown again; a save that succeeds
		// is answered with a redirect
		String unitCode = this.grids.unitCodeOf(user, orgUnit, chosen);
		try {
			int saved = this.grids.save(user, unitCode, chosen, form.inputs(result));
			redirect.addFlashAttribute("message", (saved == 0) ? "grid.nothingChanged" : "grid.saved");
			redirect.addAttribute("orgUnit", unitCode);
			redirect.addAttribute("year", year);
			redirect.addAttribute("quarter", quarter);
			return "redirect:/disbursements";
		}
		catch (GridInvalidException ex) {
			ex.getProblems().forEach(problem -> FormErrors.reject(result, problem.toException()));
		}
		catch (GridConflictException ex) {
			ex.getConflicts().forEach(conflict -> form.getRows().get(conflict.index()).rebase(conflict));
			Map<Long, GridConflictException.Conflict> byLine = ex.getConflicts()
				.stream()
				.collect(Collectors.toMap(GridConflictException.Conflict::lineId, Function.identity()));
			model.addAttribute("conflicts", byLine);
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(user, this.grids.load(user, orgUnit, chosen), form, model);
		}
		return page(user, this.grids.load(user, orgUnit, chosen), form, model);
	}

	@PostMapping("/disbursements/submitted")
	String submit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam int year, @RequestParam int quarter, RedirectAttributes redirect) {
		Grid grid = this.grids.load(user, orgUnit, new Quarter(year, quarter).requireQuarterOfYear());
		this.submissions.submit(user, grid.orgUnitCode(), grid.quarter());
		redirect.addFlashAttribute("message", "grid.submittedNow");
		redirect.addAttribute("orgUnit", grid.orgUnitCode());
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		return "redirect:/disbursements";
	}

	private String page(AppUserPrincipal user, Grid grid, GridForm form, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		Quarter quarter = grid.quarter();
		model.addAttribute("grid", grid);
		model.addAttribute("form", form);
		this.choices.offerYearsAndUnits(model, user, quarter.year());
		model.addAttribute("extensionOffered", this.choices.extensionOffered(quarter));
		if (!quarter.isExtension()) {
			model.addAttribute("submitted", this.submissions.of(user, grid.orgUnitCode(), quarter).orElse(null));
			model.addAttribute("approval", grid.approval());
			PlanYearDeadline lastYear = this.planYears.deadlineOf(today.getYear() - 1);
			if (lastYear.open() && quarter.year() >= lastYear.year()) {
				model.addAttribute("openExtension", lastYear);
			}
		}
		return "disbursement/grid";
	}

}
