package org.programtracker.carryover;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.programtracker.kernel.FieldProblem;
import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.Formats;
import org.programtracker.kernel.StateConflictException;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.YearsOffered;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

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
 * Where an administrator reviews each line's exact remainder after a plan year's
 * deadline, chooses to carry it over or let it lapse, and confirms with the decision.
 */
@Controller
class CarryOverController {

	private final CarryOverService carryOver;

	private final OrgUnitService orgUnits;

	private final Clock clock;

	private final Formats formats;

	CarryOverController(CarryOverService carryOver, OrgUnitService orgUnits, Clock clock, Formats formats) {
		this.formats = formats;
		this.carryOver = carryOver;
		this.orgUnits = orgUnits;
		this.clock = clock;
	}

	/**
	 * The review of a plan year, by default last year's: the one whose deadline passes in
	 * this year.
	 */
	@GetMapping("/periods/carry-over")
	String review(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String orgUnit, Model model) {
		int shown = (year == null) ? LocalDate.now(this.clock).getYear() - 1 : year;
		CarryOverReview review = this.carryOver.review(user, shown, orgUnit);
		model.addAttribute("carryOverForm", CarryOverForm.of(review));
		return page(user, review, model);
	}

	@PostMapping("/periods/{year}/carry-over")
	String confirm(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable int year,
			@ModelAttribute("carryOverForm") CarryOverForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		CarryOverDecision decision = form.decision();
		for (FieldProblem problem : this.carryOver.problemsOf(year, decision)) {
			if (!errors.hasFieldErrors(problem.field())) {
				FormErrors.reject(errors, problem.toException());
			}
		}
		if (!errors.hasErrors() && form.getChoices().isEmpty()) {
			errors.reject("carryOver.nothingChosen");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, this.carryOver.review(user, year, form.getOrgUnit()), model);
		}
		List<CarriedLine> carried;
		try {
			carried = this.carryOver.confirm(user, year, form.getOrgUnit(), decision);
		}
		catch (StateConflictException ex) {
			model.addAttribute("refusal", ex);
			model.addAttribute("refusalArguments", ex.getMessageArguments(this.formats::date));
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(user, this.carryOver.review(user, year, form.getOrgUnit()), model);
		}
		redirect.addFlashAttribute("message", "carryOver.saved");
		redirect.addFlashAttribute("carriedCount", carried.size());
		redirect.addAttribute("year", year);
		redirect.addAttribute("orgUnit", form.getOrgUnit());
		return "redirect:/periods/carry-over";
	}

	private String page(AppUserPrincipal user, CarryOverReview review, Model model) {
		model.addAttribute("review", review);
		CarryOverForm form = (CarryOverForm) model.getAttribute("carryOverForm");
		BigDecimal carried = BigDecimal.ZERO;
		BigDecimal lapsed = BigDecimal.ZERO;
		for (Remainder line : review.candidates()) {
			if (form != null && form.getChoices().get(line.lineId()) == YearEndOutcomeKind.LAPSED) {
				lapsed = lapsed.add(line.remainderVnd());
			}
			else {
				carried = carried.add(line.remainderVnd());
			}
		}
		model.addAttribute("toCarryVnd", carried);
		model.addAttribute("toLapseVnd", lapsed);
		model.addAttribute("carriedVnd", review.decidedVnd(YearEndOutcomeKind.CARRIED_OVER));
		model.addAttribute("lapsedVnd", review.decidedVnd(YearEndOutcomeKind.LAPSED));
		model.addAttribute("units", this.orgUnits.visibleUnits(user.scope()));
		model.addAttribute("years", YearsOffered.around(review.year(), LocalDate.now(this.clock)));
		return "carryover/review";
	}

}
