package org.programtracker.report;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.report.ReportHeaders.Stated;
import org.programtracker.security.AppUserPrincipal;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Where a standing agency sets how its unit's summaries are headed and signed.
 */
@Controller
class ReportHeaderController {

	private final ReportHeaders headers;

	ReportHeaderController(ReportHeaders headers) {
		this.headers = headers;
	}

	@GetMapping("/reports/header")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			Model model) {
		Stated stated = this.headers.stated(user, orgUnit);
		return show(stated, ReportHeaderForm.of(stated.header(), stated.version()), model);
	}

	@PostMapping("/reports/header")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@Valid @ModelAttribute("headerForm") ReportHeaderForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Stated stated = this.headers.stated(user, orgUnit);
		if (errors.hasErrors()) {
			return show(stated, form, model);
		}
		try {
			this.headers.state(user, stated.orgUnitCode(), form.getVersion(), form.header());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			Stated current = this.headers.stated(user, orgUnit);
			form.setVersion(current.version());
			model.addAttribute("conflict", current.header());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(current, form, model);
		}
		redirect.addFlashAttribute("message", "header.saved");
		redirect.addAttribute("orgUnit", stated.orgUnitCode());
		return "redirect:/reports/summary";
	}

	private static String show(Stated stated, ReportHeaderForm form, Model model) {
		model.addAttribute("stated", stated);
		model.addAttribute("headerForm", form);
		return "report/header";
	}

}
