package org.programtracker.period;

import jakarta.servlet.http.HttpServletResponse;

import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.RuleViolationException;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Where an administrator closes a year's quarters after their review conference, reopens
 * one with a reason, and sets the plan year's deadline by a decision.
 */
@Controller
class PeriodController {

	private final PeriodService periods;

	private final PlanYearService planYears;

	private final WorkingPeriod workingPeriod;

	PeriodController(PeriodService periods, PlanYearService planYears, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.periods = periods;
		this.planYears = planYears;
	}

	@GetMapping("/periods")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			Model model) {
		return page(user, this.workingPeriod.chooseYear(year), model);
	}

	@PostMapping("/periods/{year}/{quarter}/close")
	String close(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year, @PathVariable int quarter,
			RedirectAttributes redirect) {
		this.periods.close(user, new Quarter(year, quarter));
		return PeriodPages.redirectToYear(redirect, "/periods", "periods.closedNow", year);
	}

	@PostMapping("/periods/{year}/{quarter}/reopen")
	String reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year, @PathVariable int quarter,
			@RequestParam(required = false) String reason, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			this.periods.reopen(user, new Quarter(year, quarter), reason);
		}
		catch (RuleViolationException ex) {
			if (!"reason".equals(ex.getField())) {
				throw ex;
			}
			model.addAttribute("reopenError", quarter);
			model.addAttribute("reopenErrorKey", ex.getMessageKey());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, year, model);
		}
		return PeriodPages.redirectToYear(redirect, "/periods", "periods.reopenedNow", year);
	}

	@PostMapping("/periods/{year}/deadline")
	String setDeadline(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@ModelAttribute("deadlineForm") DeadlineForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		DeadlineDecision decision = form.decision();
		for (FieldProblem problem : this.planYears.problemsOf(year, decision)) {
			if (!errors.hasFieldErrors(problem.field())) {
				FormErrors.reject(errors, problem.toException());
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, year, model);
		}
		try {
			this.planYears.setDeadline(user, year, decision);
		}
		catch (ConflictException ex) {
			PlanYearDeadline current = this.planYears.deadlineOf(year);
			form.setVersion(current.version());
			model.addAttribute("deadlineConflict", current);
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(user, year, model);
		}
		return PeriodPages.redirectToYear(redirect, "/periods", "deadline.saved", year);
	}

	private String page(AppUserPrincipal user, int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("periods", this.periods.periodsFor(user, year));
		PlanYearDeadline deadline = this.planYears.deadlineOf(year);
		model.addAttribute("deadline", deadline);
		if (!model.containsAttribute("deadlineForm")) {
			model.addAttribute("deadlineForm", DeadlineForm.of(deadline));
		}
		model.addAttribute("years", this.workingPeriod.yearsAround(year));
		return "period/periods";
	}

}
