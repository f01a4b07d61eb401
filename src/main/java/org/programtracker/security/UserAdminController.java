package org.programtracker.security;

import org.programtracker.security.internal.AppUser;

import java.util.List;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.programtracker.orgunit.OrgUnitScope;
import org.programtracker.orgunit.OrgUnitService;
import org.programtracker.program.ProgramService;
import org.programtracker.kernel.FormErrors;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User administration, for administrators only (the security configuration guards
 * {@code /admin/**}).
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserAdministration administration;

	private final OrgUnitService orgUnits;

	private final ProgramService programs;

	UserAdminController(UserAdministration administration, OrgUnitService orgUnits, ProgramService programs) {
		this.administration = administration;
		this.orgUnits = orgUnits;
		this.programs = programs;
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("users", this.administration.search(q));
		model.addAttribute("query", q);
		return "security/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		UserForm form = new UserForm();
		form.setRole(Role.EDITOR);
		return showForm(form, null, model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal AppUserPrincipal actor, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		reject(this.administration.problems(form, true), result);
		if (!result.hasErrors()) {
			try {
				UserAdministration.Issued issued = this.administration.create(form, actor);
				issuedPassword(redirect, "user.created", issued);
				return "redirect:/admin/users/" + issued.id();
			}
			catch (FieldProblem problem) {
				FormErrors.reject(result, problem);
			}
		}
		return showForm(form, null, model);
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AppUser user = this.administration.get(id);
		return showForm(UserForm.of(this.administration.row(id)), user, model);
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal AppUserPrincipal actor, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, HttpSession session,
			RedirectAttributes redirect) {
		AppUser user = this.administration.get(id);
		form.setUsername(user.getUsername());
		reject(this.administration.problems(form, false), result);
		if (!result.hasErrors()) {
			try {
				this.administration.update(id, form, actor, session.getId());
				redirect.addFlashAttribute("flashMessage", "user.saved");
				return "redirect:/admin/users/" + id;
			}
			catch (FieldProblem problem) {
				FormErrors.reject(result, problem);
			}
			catch (ObjectOptimisticLockingFailureException conflict) {
				result.reject("user.conflict");
			}
		}
		return showForm(form, user, model);
	}

	@PostMapping("/{id}/enabled")
	String setEnabled(@AuthenticationPrincipal AppUserPrincipal actor, @PathVariable long id,
			@RequestParam boolean enabled, RedirectAttributes redirect) {
		try {
			this.administration.setEnabled(id, enabled, actor);
			redirect.addFlashAttribute("flashMessage", enabled ? "user.enabledNow" : "user.disabledNow");
		}
		catch (FieldProblem problem) {
			redirect.addFlashAttribute("problem", problem.messageKey());
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal AppUserPrincipal actor, @PathVariable long id,
			RedirectAttributes redirect) {
		issuedPassword(redirect, "user.passwordReset", this.administration.resetPassword(id, actor));
		return "redirect:/admin/users/" + id;
	}

	private static void reject(List<FieldProblem> problems, BindingResult result) {
		for (FieldProblem problem : problems) {
			if (!result.hasFieldErrors(problem.field())) {
				FormErrors.reject(result, problem);
			}
		}
	}

	private static void issuedPassword(RedirectAttributes redirect, String key, UserAdministration.Issued issued) {
		redirect.addFlashAttribute("flashMessage", key);
		redirect.addFlashAttribute("issuedFor", issued.username());
		redirect.addFlashAttribute("temporaryPassword", issued.temporaryPassword());
	}

	private String showForm(UserForm form, AppUser user, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("user", user);
		model.addAttribute("units", this.orgUnits.visibleUnits(OrgUnitScope.EVERYTHING));
		model.addAttribute("programs", this.programs.activePrograms());
		return "security/user-form";
	}

}
