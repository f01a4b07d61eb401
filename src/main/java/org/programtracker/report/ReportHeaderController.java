package org.programtracker.report;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.history.HistoryService;
import org.programtracker.kernel.AuditSubject;
import org.programtracker.period.InvalidQuarterException;
import org.programtracker.period.Quarter;
import org.programtracker.report.ReportHeaders.Stated;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

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
 * Where a standing agency sets how its unit's summaries are headed, signed and sent, and
 * how one quarter's summary is where it differs ({@code year} and {@code quarter} given).
 */
@Controller
class ReportHeaderController {

	private final ReportHeaders headers;

	private final HistoryService history;

	ReportHeaderController(ReportHeaders headers, HistoryService history) {
		this.headers = headers;
		this.history = history;
	}

	@GetMapping("/reports/header")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			Locale locale, Model model) {
		Stated stated = this.headers.stated(user, orgUnit, chosen(user, year, quarter), locale);
		return show(user, stated, ReportHeaderForm.of(stated.header(), stated.version()), model);
	}

	@PostMapping("/reports/header")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@Valid @ModelAttribute("headerForm") ReportHeaderForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Quarter chosen = chosen(user, year, quarter);
		Stated stated = this.headers.stated(user, orgUnit, chosen, locale);
		if (errors.hasErrors()) {
			return show(user, stated, form, model);
		}
		try {
			this.headers.state(user, stated.orgUnitCode(), chosen, form.getVersion(), form.header());
		}
		catch (OptimisticLockingFailureException | DataIntegrityViolationException ex) {
			Stated current = this.headers.stated(user, orgUnit, chosen, locale);
			form.setVersion(current.version());
			model.addAttribute("conflict", current.header());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(user, current, form, model);
		}
		redirect.addFlashAttribute("message", "header.saved");
		return backToSummary(stated, redirect);
	}

	@PostMapping("/reports/header/drop")
	String dropOwn(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String orgUnit,
			@RequestParam int year, @RequestParam int quarter, @RequestParam long version, Locale locale, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Quarter chosen = chosen(user, year, quarter);
		Stated stated = this.headers.stated(user, orgUnit, chosen, locale);
		try {
			this.headers.dropOwn(user, stated.orgUnitCode(), chosen, version);
		}
		catch (OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", stated.header());
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(user, stated, ReportHeaderForm.of(stated.header(), stated.version()), model);
		}
		redirect.addFlashAttribute("message", "header.dropped");
		return backToSummary(stated, redirect);
	}

	/**
	 * The quarter whose report's own header is edited; none (the unit's) without a year
	 * and a quarter; one without the other is a bad request, to those who may edit
	 * headers (the others are refused first).
	 */
	private static Quarter chosen(AppUserPrincipal user, Integer year, Integer quarter) {
		Permissions.requireReviewWriter(user);
		if (year == null && quarter == null) {
			return null;
		}
		if (year == null || quarter == null) {
			throw new InvalidQuarterException((year == null) ? "year" : "quarter", "");
		}
		return new Quarter(year, quarter).requireQuarterOfYear();
	}

	private static String backToSummary(Stated stated, RedirectAttributes redirect) {
		redirect.addAttribute("orgUnit", stated.orgUnitCode());
		if (stated.ofReport()) {
			redirect.addAttribute("year", stated.quarter().year());
			redirect.addAttribute("quarter", stated.quarter().quarter());
		}
		return "redirect:/reports/summary";
	}

	private String show(AppUserPrincipal user, Stated stated, ReportHeaderForm form, Model model) {
		model.addAttribute("stated", stated);
		model.addAttribute("headerForm", form);
		model.addAttribute("changes",
				this.history.ofSubjectAtUnit(user, AuditSubject.REPORT_HEADER, stated.orgUnitCode(), stated.quarter()));
		return "report/header";
	}

}
