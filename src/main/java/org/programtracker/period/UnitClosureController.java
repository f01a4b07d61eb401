package org.programtracker.period;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.kernel.RuleViolationException;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page for closing a quarter for one unit's subtree (a province
 * closing its own) and reopening it with a reason; the whole quarter is closed on the
 * quarters page.
 */
@Controller
class UnitClosureController {

	private final PeriodService periods;

	private final OrgUnitService orgUnits;

	private final WorkingPeriod workingPeriod;

	UnitClosureController(PeriodService periods, OrgUnitService orgUnits, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.periods = periods;
		this.orgUnits = orgUnits;
	}

	@GetMapping("/periods/units")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			Model model) {
		return page(user, this.workingPeriod.chooseYear(year), model);
	}

	@PostMapping("/periods/units/close")
	String close(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit, @RequestParam int year,
			@RequestParam int quarter, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.periods.closeFor(user, new Quarter(year, quarter), orgUnit);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("closeErrorKey", ex.getMessageKey());
			model.addAttribute("closeErrorArguments", ex.getArguments());
			model.addAttribute("chosenUnit", orgUnit);
			model.addAttribute("chosenQuarter", quarter);
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, year, model);
		}
		return PeriodPages.redirectToYear(redirect, "/periods/units", "periods.units.closedNow", year);
	}

	@PostMapping("/periods/units/reopen")
	String reopen(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam String orgUnit, @RequestParam int year,
			@RequestParam int quarter, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.periods.reopenFor(user, new Quarter(year, quarter), orgUnit, reason);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("reopenError", orgUnit + "/" + quarter);
			model.addAttribute("reopenErrorKey", ex.getMessageKey());
			model.addAttribute("reopenErrorArguments", ex.getArguments());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return page(user, year, model);
		}
		return PeriodPages.redirectToYear(redirect, "/periods/units", "periods.units.reopenedNow", year);
	}

	private String page(AppUserPrincipal user, int year, Model model) {
		Permissions.requireAdmin(user);
		model.addAttribute("year", year);
		model.addAttribute("closures", this.periods.unitClosuresFor(user, year));
		model.addAttribute("units", this.orgUnits.visibleUnits(OrgUnitScope.EVERYTHING));
		model.addAttribute("years", this.workingPeriod.yearsAround(year));
		return "period/unit-closures";
	}

}
