package org.programtracker.administration;

import jakarta.servlet.http.HttpServletResponse;
import org.programtracker.administration.ProgramAdministration.ProgramDetails;
import org.programtracker.administration.ProgramAdministration.ProgramView;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.security.AppUserPrincipal;
import org.programtracker.security.Permissions;
import org.programtracker.kernel.ConflictException;
import org.programtracker.kernel.FormErrors;
import org.programtracker.kernel.RuleViolationException;

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
 * The programs: list and search, create, edit (with a conflict page when someone saved
 * first) and delete after a confirmation, refused while figures depend on the program.
 */
@Controller
class ProgramAdminController {

	private final ProgramAdministration administration;

	private final OrgUnitService orgUnits;

	ProgramAdminController(ProgramAdministration administration, OrgUnitService orgUnits) {
		this.administration = administration;
		this.orgUnits = orgUnits;
	}

	@GetMapping("/admin/programs")
	String list(@AuthenticationPrincipal AppUserPrincipal user, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("programs", this.administration.search(user, q));
		model.addAttribute("q", q);
		return "administration/programs";
	}

	@GetMapping("/admin/programs/new")
	String create(@AuthenticationPrincipal AppUserPrincipal user, Model model) {
		Permissions.requireAdmin(user);
		return showForm(null, new ProgramForm(), model);
	}

	@PostMapping("/admin/programs")
	String save(@AuthenticationPrincipal AppUserPrincipal user, @ModelAttribute("programForm") ProgramForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Permissions.requireAdmin(user);
		ProgramDetails details = read(form);
		if (errors.hasErrors()) {
			return showForm(null, form, model);
		}
		try {
			this.administration.create(user, form.getCode(), details);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(null, form, model);
		}
		redirect.addFlashAttribute("message", "program.created");
		return "redirect:/admin/programs";
	}

	@GetMapping("/admin/programs/{code}/edit")
	String edit(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, Model model) {
		ProgramView program = this.administration.program(user, code);
		return showForm(program, ProgramForm.of(program), model);
	}

	@PostMapping("/admin/programs/{code}")
	String change(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code,
			@ModelAttribute("programForm") ProgramForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ProgramView program = this.administration.program(user, code);
		form.setCode(program.code());
		ProgramDetails details = read(form);
		if (errors.hasErrors()) {
			return showForm(program, form, model);
		}
		try {
			this.administration.change(user, code, form.getVersion(), details);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			ProgramView current = this.administration.program(user, code);
			form.setVersion(current.version());
			model.addAttribute("conflict", current);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showForm(current, form, model);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(errors, ex);
			return showForm(program, form, model);
		}
		redirect.addFlashAttribute("message", "program.saved");
		return "redirect:/admin/programs";
	}

	@GetMapping("/admin/programs/{code}/delete")
	String confirmDelete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, Model model) {
		return showDelete(user, code, model);
	}

	@PostMapping("/admin/programs/{code}/delete")
	String delete(@AuthenticationPrincipal AppUserPrincipal user, @PathVariable String code, @RequestParam long version,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			this.administration.delete(user, code, version);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("conflict", true);
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDelete(user, code, model);
		}
		catch (RuleViolationException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return showDelete(user, code, model);
		}
		redirect.addFlashAttribute("message", "program.deleted");
		return "redirect:/admin/programs";
	}

	private String showDelete(AppUserPrincipal user, String code, Model model) {
		model.addAttribute("program", this.administration.program(user, code));
		model.addAttribute("dependents", this.administration.dependents(user, code));
		return "administration/program-delete";
	}

	private String showForm(ProgramView program, ProgramForm form, Model model) {
		model.addAttribute("program", program);
		model.addAttribute("programForm", form);
		model.addAttribute("units", this.orgUnits.visibleUnits(OrgUnitScope.EVERYTHING));
		return "administration/program-form";
	}

	/**
	 * Reads the numbers typed as text, with a message next to each that is not one; the
	 * rules are the service's.
	 */
	private static ProgramDetails read(ProgramForm form) {
		return new ProgramDetails(form.getNameVi(), form.getNameEn(), form.getStandingAgency(), form.getStartYear(),
				form.getEndYear(), form.isArchived(), form.getSortOrder());
	}

}
