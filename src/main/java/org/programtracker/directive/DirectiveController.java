package org.programtracker.directive;

import org.programtracker.progress.PageChoices;
import org.programtracker.period.WorkingPeriod;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.programtracker.directive.DirectiveService.Revision;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.period.Quarter;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.util.Locale;
import java.util.stream.Collectors;

import org.programtracker.export.ExportFormat;
import org.programtracker.export.ExportTable;
import org.programtracker.export.TableExports;
import org.programtracker.kernel.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The directives register: a quarter's list with filters (status, program), the form for
 * a new directive, and each directive with its follow-up notes.
 */
@Controller
class DirectiveController {

	private final PageChoices choices;

	private final DirectiveService directives;

	private final OrgUnitService orgUnits;

	private final TableExports exports;

	private final MessageSource messages;

	private final Formats formats;

	private final WorkingPeriod workingPeriod;

	DirectiveController(PageChoices choices, DirectiveService directives, OrgUnitService orgUnits, TableExports exports,
			MessageSource messages, Formats formats, WorkingPeriod workingPeriod) {
		this.choices = choices;
		this.workingPeriod = workingPeriod;
		this.directives = directives;
		this.exports = exports;
		this.messages = messages;
		this.formats = formats;
		this.orgUnits = orgUnits;
	}

	@GetMapping("/directives")
	String register(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Integer quarter, @RequestParam(required = false) String orgUnit,
			@RequestParam(required = false) DirectiveStatus status, @RequestParam(required = false) String program,
			Model model) {
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		model.addAttribute("quarter", chosen);
		model.addAttribute("directives", this.directives.register(user.scope(), orgUnit, chosen, status, program));
		model.addAttribute("status", status);
		model.addAttribute("program", program);
		model.addAttribute("orgUnit", this.orgUnits.visibleUnit(user.scope(), orgUnit).code());
		model.addAttribute("years", this.choices.years(chosen.year()));
		model.addAttribute("programs", this.directives.selectablePrograms(user));
		model.addAttribute("canWrite", Permissions.mayWriteReview(user));
		return "directive/list";
	}

	/**
	 * The register as filtered on the page, as XLSX or CSV: one row per directive, its
	 * follow-up notes in the last cell.
	 */
	@GetMapping(path = "/directives", params = "format")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AppUserPrincipal user,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) String orgUnit, @RequestParam(required = false) DirectiveStatus status,
			@RequestParam(required = false) String program, @RequestParam String format) {
		ExportFormat chosenFormat = ExportFormat.of(format);
		Quarter chosen = this.workingPeriod.choose(year, quarter).requireQuarterOfYear();
		Locale locale = LocaleContextHolder.getLocale();
		ExportTable table = ExportTable.titled("directive.heading", chosen.quarter(), chosen.year())
			.text("directive.col.given")
			.text("directive.col.text")
			.text("directive.col.programs")
			.text("directive.col.concernedUnits")
			.text("directive.col.responsible")
			.date("directive.col.deadline")
			.text("directive.col.status")
			.date("export.col.doneOn")
			.text("directive.notes");
		for (DirectiveView d : this.directives.register(user.scope(), orgUnit, chosen, status, program)) {
			String notes = d.notes()
				.stream()
				.map(note -> this.formats.date(note.on()) + " (" + note.writtenBy() + "): " + note.text())
				.collect(Collectors.joining("\n"));
			table.row(
					this.messages.getMessage("directive.givenIn",
							new Object[] { d.given().quarter(), d.given().year() }, locale),
					d.text(), String.join(", ", d.programCodes()), String.join(", ", d.concernedUnits()),
					d.responsible(), d.deadline(),
					this.messages.getMessage("directive.status." + d.status(), null, locale), d.doneOn(), notes);
		}
		return this.exports.download(table, chosenFormat, "ket-luan-chi-dao");
	}

	@GetMapping("/directives/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, Model model) {
		return form(user, new Quarter(year, quarter).requireQuarterOfYear(), orgUnit, new DirectiveForm(), model);
	}

	@PostMapping("/directives")
	String give(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam int year, @RequestParam int quarter,
			@RequestParam(required = false) String orgUnit, @Valid @ModelAttribute("directiveForm") DirectiveForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Quarter given = new Quarter(year, quarter).requireQuarterOfYear();
		if (!form.namesSomeoneResponsible()) {
			errors.rejectValue("responsible", "directive.responsible.required");
		}
		if (errors.hasErrors()) {
			return form(user, given, orgUnit, form, model);
		}
		long id = this.directives.give(user, orgUnit, given, form.details());
		redirect.addFlashAttribute("message", "directive.given");
		return "redirect:/directives/" + id;
	}

	@GetMapping("/directives/{id}/edit")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		Revision revision = this.directives.revision(user, id);
		return editForm(user, revision, DirectiveForm.of(revision), model);
	}

	@PostMapping("/directives/{id}")
	String revise(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id,
			@Valid @ModelAttribute("directiveForm") DirectiveForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Revision revision = this.directives.revision(user, id);
		if (!form.namesSomeoneResponsible()) {
			errors.rejectValue("responsible", "directive.responsible.required");
		}
		if (errors.hasErrors()) {
			return editForm(user, revision, form, model);
		}
		try {
			this.directives.revise(user, id, form.getVersion(), form.details());
		}
		catch (OptimisticLockingFailureException ex) {
			Revision current = this.directives.revision(user, id);
			form.setVersion(current.version());
			model.addAttribute("conflict", this.directives.find(user, id));
			response.setStatus(HttpStatus.CONFLICT.value());
			return editForm(user, current, form, model);
		}
		redirect.addFlashAttribute("message", "directive.saved");
		return "redirect:/directives/" + id;
	}

	@PostMapping("/directives/{id}/reopen")
	String reopen(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
		this.directives.reopen(user, id);
		redirect.addFlashAttribute("message", "directive.reopened");
		return "redirect:/directives/" + id;
	}

	@GetMapping("/directives/{id}")
	String show(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, Model model) {
		model.addAttribute("directive", this.directives.find(user, id));
		model.addAttribute("canWrite", Permissions.mayWriteReview(user));
		return "directive/detail";
	}

	@PostMapping("/directives/{id}/notes")
	String note(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, @RequestParam String text,
			RedirectAttributes redirect) {
		if (!StringUtils.hasText(text)) {
			redirect.addFlashAttribute("noteError", "directive.note.required");
		}
		else {
			this.directives.addNote(user, id, text);
			redirect.addFlashAttribute("message", "directive.noted");
		}
		return "redirect:/directives/" + id;
	}

	@PostMapping("/directives/{id}/done")
	String done(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable long id, RedirectAttributes redirect) {
		this.directives.markDone(user, id);
		redirect.addFlashAttribute("message", "directive.done");
		return "redirect:/directives/" + id;
	}

	private String editForm(AppUserPrincipal user, Revision revision, DirectiveForm form, Model model) {
		model.addAttribute("editing", revision.id());
		return form(user, revision.given(), revision.orgUnitCode(), form, model);
	}

	private String form(AppUserPrincipal user, Quarter given, String orgUnit, DirectiveForm form, Model model) {
		Permissions.requireReviewWriter(user);
		model.addAttribute("quarter", given);
		model.addAttribute("orgUnit", this.orgUnits.visibleUnit(user.scope(), orgUnit).code());
		model.addAttribute("directiveForm", form);
		model.addAttribute("programs", this.directives.selectablePrograms(user));
		model.addAttribute("units", this.orgUnits.visibleUnits(user.scope()));
		return "directive/form";
	}

}
