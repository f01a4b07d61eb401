package org.programtracker.report;

import org.programtracker.period.WorkingPeriod;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.report.PrintedFigures.Sheet;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.Amounts;
import org.programtracker.kernel.PrintedPercent;

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
 * Where the lines of a published report are typed from paper, to be checked on the
 * summary against their own amounts and the recorded ones.
 */
@Controller
class PrintedFiguresController {

	private final PrintedFigures printed;

	private final ProgressService progress;

	private final WorkingPeriod workingPeriod;

	PrintedFiguresController(PrintedFigures printed, ProgressService progress, WorkingPeriod workingPeriod) {
		this.workingPeriod = workingPeriod;
		this.printed = printed;
		this.progress = progress;
	}

	@GetMapping("/reports/printed")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		Sheet sheet = this.printed.sheet(user, orgUnit, chosen);
		return show(sheet, PrintedFiguresForm.of(sheet), model);
	}

	@PostMapping("/reports/printed")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit,
			@Valid @ModelAttribute("printedForm") PrintedFiguresForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Sheet sheet = this.printed.sheet(user, orgUnit, new Quarter(year, quarter).requireQuarterOfYear());
		if (errors.hasErrors()) {
			return show(sheet, form, model);
		}
		try {
			this.printed.record(user, sheet.orgUnitCode(), sheet.quarter(), form.getSource(), form.typed());
		}
		catch (OptimisticLockingFailureException ex) {
			Sheet current = this.printed.sheet(user, sheet.orgUnitCode(), sheet.quarter());
			PrintedFiguresForm saved = PrintedFiguresForm.of(current);
			for (int i = 0; i < form.getRows().size() && i < saved.getRows().size(); i++) {
				form.getRows().get(i).setVersion(saved.getRows().get(i).getVersion());
			}
			model.addAttribute("conflict", SavedCells.of(saved, locale));
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(current, form, model);
		}
		redirect.addFlashAttribute("message", "printed.saved");
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		redirect.addAttribute("orgUnit", sheet.orgUnitCode());
		return "redirect:/reports/summary";
	}

	/**
	 * The cells saved meanwhile, written the way they would be typed, shown under the
	 * user's own after a conflict.
	 */
	record SavedCells(List<Cells> rows) {

		static SavedCells of(PrintedFiguresForm saved, Locale locale) {
			return new SavedCells(saved.getRows()
				.stream()
				.map(row -> new Cells(Amounts.formatMillionsForInput(row.getPlan(), locale),
						Amounts.formatMillionsForInput(row.getDisbursed(), locale),
						PrintedPercent.format(row.getPercent(), locale)))
				.toList());
		}

		record Cells(String plan, String disbursed, String percent) {

		}

	}

	private static String show(Sheet sheet, PrintedFiguresForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("printedForm", form);
		return "report/printed";
	}

}
