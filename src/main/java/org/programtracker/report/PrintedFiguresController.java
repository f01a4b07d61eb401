package org.programtracker.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.period.Quarter;
import org.programtracker.progress.ProgressService;
import org.programtracker.report.PrintedFigures.Sheet;
import org.programtracker.report.PrintedFigures.Typed;
import org.programtracker.report.PrintedFiguresForm.Row;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.kernel.AmountFormatException;
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

	private final Clock clock;

	PrintedFiguresController(PrintedFigures printed, ProgressService progress, Clock clock) {
		this.printed = printed;
		this.progress = progress;
		this.clock = clock;
	}

	@GetMapping("/reports/printed")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			Locale locale, Model model) {
		Quarter chosen = this.progress.chooseQuarter(year, quarter, LocalDate.now(this.clock));
		Sheet sheet = this.printed.sheet(user, orgUnit, chosen);
		return show(sheet, PrintedFiguresForm.of(sheet, locale), model);
	}

	@PostMapping("/reports/printed")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit,
			@Valid @ModelAttribute("printedForm") PrintedFiguresForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Sheet sheet = this.printed.sheet(user, orgUnit, new Quarter(year, quarter));
		List<Typed> typed = read(form, errors, locale);
		if (errors.hasErrors()) {
			return show(sheet, form, model);
		}
		try {
			this.printed.record(user, sheet.orgUnitCode(), sheet.quarter(), form.getSource(), typed);
		}
		catch (OptimisticLockingFailureException ex) {
			Sheet current = this.printed.sheet(user, sheet.orgUnitCode(), sheet.quarter());
			PrintedFiguresForm saved = PrintedFiguresForm.of(current, locale);
			for (int i = 0; i < form.getRows().size() && i < saved.getRows().size(); i++) {
				form.getRows().get(i).setVersion(saved.getRows().get(i).getVersion());
			}
			model.addAttribute("conflict", saved);
			response.setStatus(HttpStatus.CONFLICT.value());
			return show(current, form, model);
		}
		redirect.addFlashAttribute("message", "printed.saved");
		redirect.addAttribute("year", year);
		redirect.addAttribute("quarter", quarter);
		redirect.addAttribute("orgUnit", sheet.orgUnitCode());
		return "redirect:/reports/summary";
	}

	private static List<Typed> read(PrintedFiguresForm form, BindingResult errors, Locale locale) {
		List<Typed> typed = new ArrayList<>();
		for (int i = 0; i < form.getRows().size(); i++) {
			Row row = form.getRows().get(i);
			String path = "rows[" + i + "].";
			BigDecimal plan = cell(errors, path + "plan", row.getPlan(), text -> millions(text, locale));
			BigDecimal disbursed = cell(errors, path + "disbursed", row.getDisbursed(), text -> millions(text, locale));
			BigDecimal percent = cell(errors, path + "percent", row.getPercent(),
					text -> PrintedPercent.parse(text, locale));
			typed.add(new Typed(row.getProgram(), row.getCapitalType(), plan, disbursed, percent, row.getVersion()));
		}
		return typed;
	}

	/**
	 * What a cell says, or {@code null} with its translated message next to it; a printed
	 * report has no negative figure.
	 */
	private static BigDecimal cell(BindingResult errors, String field, String text,
			Function<String, BigDecimal> reader) {
		try {
			BigDecimal value = reader.apply(text);
			if (value != null && value.signum() < 0) {
				errors.rejectValue(field, "printed.negative");
				return null;
			}
			return value;
		}
		catch (AmountFormatException ex) {
			errors.rejectValue(field, ex.getMessageKey(), ex.getArguments(), ex.getMessageKey());
			return null;
		}
	}

	private static BigDecimal millions(String text, Locale locale) {
		BigDecimal dong = Amounts.parseMillions(text, locale);
		if (dong == null) {
			return null;
		}
		BigDecimal millions = dong.movePointLeft(6).stripTrailingZeros();
		return (millions.scale() < 0) ? millions.setScale(0) : millions;
	}

	private static String show(Sheet sheet, PrintedFiguresForm form, Model model) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("printedForm", form);
		return "report/printed";
	}

}
