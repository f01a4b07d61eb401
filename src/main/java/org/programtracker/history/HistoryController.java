package org.programtracker.history;

import java.time.Clock;
import java.time.LocalDate;

import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Who changed what and when: the history of a plan line, of an assignment, and of a
 * unit's figures in a quarter.
 */
@Controller
class HistoryController {

	private final HistoryService history;

	private final OrgUnitService orgUnits;

	private final ProgressService progress;

	private final Clock clock;

	HistoryController(HistoryService history, OrgUnitService orgUnits, ProgressService progress, Clock clock) {
		this.history = history;
		this.orgUnits = orgUnits;
		this.progress = progress;
		this.clock = clock;
	}

	@GetMapping("/allocations/lines/{id}/history")
	String line(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("history", this.history.ofPlanLine(user, id));
		return "history/line";
	}

	@GetMapping("/assignments/{id}/history")
	String assignment(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("history", this.history.ofAssignment(user, id));
		return "history/assignment";
	}

	@GetMapping("/history")
	String unit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			Model model) {
		// the period being worked on, by the rule of every page (not an empty quarter of
		// today)
		Quarter chosen = this.progress.chooseQuarter(year, quarter, LocalDate.now(this.clock)).requireQuarterOfYear();
		model.addAttribute("history", this.history.ofUnitAndQuarter(user, orgUnit, chosen));
		model.addAttribute("units", this.orgUnits.visibleUnits(user.scope()));
		return "history/unit";
	}

}
