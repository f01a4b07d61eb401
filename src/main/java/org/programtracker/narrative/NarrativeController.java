package org.programtracker.narrative;

import org.programtracker.period.WorkingPeriod;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.narrative.NarrativeService.WrittenParagraph;
import org.programtracker.period.ClosedPeriodException;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.dao.OptimisticLockingFailureException;
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
 * Where a standing agency writes the quarter's difficulties and key tasks of its
 * programs.
 */
@Controller
class NarrativeController {

	private final NarrativeService narratives;

	private final ProgressService progress;

	private final WorkingPeriod workingPeriod;

	NarrativeController(NarrativeService narratives, ProgressService progress, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.narratives = narratives;
		this.progress = progress;
	}

	@GetMapping("/reports/narrative")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Model model) {
		Permissions.requireReviewWriter(user);
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		return show(user, chosen, orgUnit, new ParagraphForm(), model);
	}

	@PostMapping("/reports/narrative")
	String add(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, @Valid @ModelAttribute("paragraphForm") ParagraphForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Quarter chosen = new Quarter(year, quarter).requireQuarterOfYear();
		if (errors.hasErrors()) {
			return show(user, chosen, orgUnit, form, model);
		}
		this.narratives.add(user, orgUnit, form.getProgram(), chosen, form.getSection(), form.getText());
		redirect.addFlashAttribute("message", "narrative.added");
		return redirectTo(chosen, orgUnit, redirect);
	}

	@GetMapping("/reports/narrative/{id}/edit")
	String editParagraph(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		WrittenParagraph written = this.narratives.paragraph(user, id);
		if (!this.narratives.isWritable(written.quarter())) {
			throw new ClosedPeriodException(written.quarter());
		}
		ParagraphEdit form = new ParagraphEdit();
		form.setText(written.paragraph().text());
		form.setVersion(written.paragraph().version());
		return showParagraph(written, form, model);
	}

	@PostMapping("/reports/narrative/{id}")
	String rewrite(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("paragraphEdit") ParagraphEdit form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		WrittenParagraph written = this.narratives.paragraph(user, id);
		if (errors.hasErrors()) {
			return showParagraph(written, form, model);
		}
		try {
			this.narratives.rewrite(user, id, form.getVersion(), form.getText());
		}
		catch (OptimisticLockingFailureException ex) {
			WrittenParagraph current = this.narratives.paragraph(user, id);
			form.setVersion(current.paragraph().version());
			model.addAttribute("conflict", current.paragraph());
			response.setStatus(HttpStatus.CONFLICT.value());
			return showParagraph(current, form, model);
		}
		redirect.addFlashAttribute("message", "narrative.saved");
		return redirectTo(written.quarter(), written.orgUnitCode(), redirect);
	}

	@PostMapping("/reports/narrative/{id}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, @RequestParam int year,
			@RequestParam int quarter, @RequestParam(required = false) String orgUnit, RedirectAttributes redirect) {
		this.narratives.delete(user, id);
		redirect.addFlashAttribute("message", "narrative.deleted");
		return redirectTo(new Quarter(year, quarter).requireQuarterOfYear(), orgUnit, redirect);
	}

	private String show(AppUserPrincipal user, Quarter quarter, String orgUnit, ParagraphForm form, Model model) {
		model.addAttribute("quarter", quarter);
		model.addAttribute("orgUnit", orgUnit);
		model.addAttribute("narratives", this.narratives.forQuarter(user, orgUnit, quarter));
		model.addAttribute("writable", this.narratives.isWritable(quarter));
		model.addAttribute("paragraphForm", form);
		return "narrative/narrative";
	}

	private static String showParagraph(WrittenParagraph written, ParagraphEdit form, Model model) {
		model.addAttribute("written", written);
		model.addAttribute("paragraphEdit", form);
		return "narrative/edit";
	}

	private static String redirectTo(Quarter quarter, String orgUnit, RedirectAttributes redirect) {
		redirect.addAttribute("year", quarter.year());
		redirect.addAttribute("quarter", quarter.quarter());
		if (orgUnit != null && !orgUnit.isBlank()) {
			redirect.addAttribute("orgUnit", orgUnit);
		}
		return "redirect:/reports/narrative";
	}

}
